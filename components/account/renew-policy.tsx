"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/client-api";
import { accountApi } from "@/lib/account/paths";
import { renewResponseSchema } from "@/lib/account/schemas";
import { quotePath } from "@/lib/journey/paths";
import { FocusedAlert } from "./focused-alert";
import { Section } from "@/components/ui/section";

/** Starts a renewal quote from this policy and opens it at its first step. */
export function RenewPolicy({ policyNumber }: { policyNumber: string }) {
  const router = useRouter();
  const [going, startGoing] = useTransition();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; id: number } | null>(null);

  async function renew() {
    setBusy(true);
    setProblem(null);
    const res = await callApi(accountApi.renew(policyNumber), renewResponseSchema, { method: "POST" });
    if (res.ok) return startGoing(() => router.push(quotePath(res.data.policy_number)));
    setBusy(false);
    setProblem({ text: res.detail, id: Date.now() });
  }

  return (
    <Section
      id="renew"
      title="Renew your policy"
      description="We'll start a renewal quote with your answers filled in. You can check and change them before you pay."
    >
      <div className="space-y-4">
        {problem ? (
          <FocusedAlert key={problem.id} tone="error" title="We couldn't start your renewal">
            <p>{problem.text}</p>
          </FocusedAlert>
        ) : null}
        <Button variant="secondary" loading={busy || going} onClick={() => void renew()}>
          Renew this policy
        </Button>
      </div>
    </Section>
  );
}
