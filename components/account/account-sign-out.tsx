"use client";

import { Button } from "@/components/ui/button";
import { useAccountSignOut } from "./use-sign-out";

/** The account bar's sign-out, its label in the page's language. */
export function AccountSignOut({ label }: { label: string }) {
  const { signOut, busy } = useAccountSignOut();
  return (
    <Button variant="secondary" loading={busy} onClick={() => void signOut()}>
      {label}
    </Button>
  );
}
