"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { anyBodySchema } from "@/lib/agent/schemas";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { Button } from "@/components/ui/button";

/** Ends the session (the proxy forgets every token) and goes back to the sign-in page. */
export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function signOut() {
    setBusy(true);
    const res = await callApi(policyApi.logout, anyBodySchema, { method: "POST" });
    // 401: the sign-in had already ended, which is what the person wanted anyway.
    if (!res.ok && res.status !== 401) {
      setBusy(false);
      setProblem(res.detail);
      return;
    }
    router.replace("/agent/sign-in?signed_out=1");
    router.refresh();
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" loading={busy} onClick={() => void signOut()}>Sign out</Button>
      {problem ? <span role="alert" className="font-semibold text-danger">{problem}</span> : null}
    </span>
  );
}
