"use client";

import { Button } from "@/components/ui/button";
import { useSignOut } from "./use-sign-out";

export function SignOutButton() {
  const { signOut, busy } = useSignOut();
  return (
    <Button variant="secondary" loading={busy} onClick={() => void signOut()}>
      Sign out
    </Button>
  );
}
