"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { callApi } from "@/lib/client-api";
import { accountApi } from "@/lib/account/paths";
import { formatLongDate } from "@/lib/format/date";
import { useIntlTag, useT } from "@/lib/i18n/client";
import { FocusedAlert } from "./focused-alert";

/**
 * Automatic renewal of a policy paid by recurring payment: one button turns it off (as easy as buying), and the
 * same place turns it back on; the sentence above the button always says what will happen.
 */
export function AutomaticRenewal({
  policyNumber,
  on: initiallyOn,
  renewsOn,
}: {
  policyNumber: string;
  on: boolean;
  renewsOn: string | null;
}) {
  const t = useT("policyActions");
  const ui = useT("ui");
  const tag = useIntlTag();
  const [on, setOn] = useState(initiallyOn);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string; id: number } | null>(null);
  const date = renewsOn ? formatLongDate(renewsOn, tag) : t("dayAfterCoverEnds");

  // A new id shows (and focuses) the message again, even when it says the same.
  const show = (tone: "success" | "error", text: string) =>
    setMessage((last) => ({ tone, text, id: (last?.id ?? 0) + 1 }));

  async function toggle() {
    setBusy(true);
    const res = await callApi(
      accountApi.automaticRenewal(policyNumber),
      () => import("@/lib/account/renewal").then((m) => m.automaticRenewalResultSchema),
      { body: { on: !on }, words: ui },
    );
    setBusy(false);
    if (!res.ok) return show("error", res.detail);
    const now = res.data.automatic_renewal?.on ?? false;
    setOn(now);
    show("success", now ? t("renewalOnAgain", { date }) : t("renewalTurnedOff", { date }));
  }

  return (
    <Section
      id="automatic-renewal"
      title={t("automaticRenewal")}
      description={on ? t("renewsAutomatically", { date }) : t("renewalOff")}
    >
      <div className="space-y-4">
        {message ? (
          <FocusedAlert key={message.id} tone={message.tone}>
            <p>{message.text}</p>
          </FocusedAlert>
        ) : null}
        <Button variant="secondary" loading={busy} onClick={() => void toggle()}>
          {t(on ? "turnOff" : "turnOn")}
        </Button>
      </div>
    </Section>
  );
}
