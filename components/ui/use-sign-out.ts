"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { anyBody, callApi } from "@/lib/client-api";
import { useT } from "@/lib/i18n/client";

export type SignOutOptions = {
  /** The app's own sign-out route (the proxy clears the session cookie and forgets every token). */
  endpoint: string;
  /** Where to go once signed out. */
  signedOutHref: string;
  /** Show a refusal and stay; otherwise leave whatever the answer (the cookie is cleared either way). */
  reportFailure?: boolean;
};

/** Signs out through the proxy, then goes to the sign-in page (`href` may say why). */
export function useSignOut({ endpoint, signedOutHref, reportFailure = false }: SignOutOptions) {
  const router = useRouter();
  const ui = useT("ui");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function signOut(href: string = signedOutHref) {
    setBusy(true);
    const res = await callApi(endpoint, anyBody, { method: "POST", words: ui });
    // 401: the sign-in had already ended, which is what the person wanted anyway.
    if (reportFailure && !res.ok && res.status !== 401) {
      setBusy(false);
      setProblem(res.detail);
      return;
    }
    router.replace(href);
    router.refresh();
  }

  return { signOut, busy, problem };
}
