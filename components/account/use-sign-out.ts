"use client";

import { useSignOut } from "@/components/ui/use-sign-out";
import { accountApi, signInPath } from "@/lib/account/paths";

/** The account's sign-out: the cookie is cleared even when the service can't be reached. */
export function useAccountSignOut() {
  return useSignOut({ endpoint: accountApi.logout, signedOutHref: signInPath({ reason: "signed-out" }) });
}
