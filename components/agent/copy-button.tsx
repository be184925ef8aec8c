"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies text to the clipboard and says so; if the browser refuses, says how to copy by hand. */
export function CopyButton({ text, label = "Copy the link" }: { text: string; label?: string }) {
  const [said, setSaid] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid("Copied.");
    } catch {
      setSaid("Your browser didn't allow copying. Select the link and copy it yourself.");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="font-semibold">
        {said}
      </span>
    </span>
  );
}
