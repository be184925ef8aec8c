"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/client-api";
import { accountApi } from "@/lib/account/paths";
import { quotePath } from "@/lib/journey/paths";
import { FocusedAlert } from "./focused-alert";
import { Section } from "@/components/ui/section";
import { formatLongDate } from "@/lib/format/date";
import { useIntlTag, useT } from "@/lib/i18n/client";
import { resolveRelativeDate } from "@/contract/rules/relative-date";

/**
 * Starts a renewal quote from this policy (or, when one is already started, opens that one) at its first step.
 * The renewal follows on from this cover: it starts the day after `endDate`.
 */
export function RenewPolicy({ policyNumber, endDate }: { policyNumber: string; endDate?: string | null }) {
  const t = useT("policyActions");
  const ui = useT("ui");
  const tag = useIntlTag();
  const router = useRouter();
  const [going, startGoing] = useTransition();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; id: number } | null>(null);

  async function renew() {
    setBusy(true);
    setProblem(null);
    const res = await callApi(
      accountApi.renew(policyNumber),
      () => import("@/lib/account/schemas").then((m) => m.renewResponseSchema),
      { method: "POST", words: ui },
    );
    if (res.ok) return startGoing(() => router.push(quotePath(res.data.policy_number)));
    setBusy(false);
    setProblem({ text: res.detail, id: Date.now() });
  }

  return (
    <Section
      id="renew"
      title={t("renewTitle")}
      description={
        endDate
          ? t("renewFrom", { date: formatLongDate(resolveRelativeDate("+1d", endDate) ?? endDate, tag) })
          : t("renewLead")
      }
    >
      <div className="space-y-4">
        {problem ? (
          <FocusedAlert key={problem.id} tone="error" title={t("renewFailed")}>
            <p>{problem.text}</p>
          </FocusedAlert>
        ) : null}
        <Button variant="secondary" loading={busy || going} onClick={() => void renew()}>
          {t("renew")}
        </Button>
      </div>
    </Section>
  );
}
