"use client";

import { Button } from "@/components/ui/button";

/** Prints the page (the print styles leave out links and buttons that mean nothing on paper). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
