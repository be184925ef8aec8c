"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { callApi } from "@/lib/client-api";
import { accountApi } from "@/lib/account/paths";
import { formatLongDate } from "@/lib/format/date";
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
  const [on, setOn] = useState(initiallyOn);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string; id: number } | null>(null);
  const date = renewsOn ? formatLongDate(renewsOn) : "the day after your cover ends";

  async function toggle() {
    setBusy(true);
    const res = await callApi(
      accountApi.automaticRenewal(policyNumber),
      () => import("@/lib/account/renewal").then((m) => m.automaticRenewalResultSchema),
      { body: { on: !on } },
    );
    setBusy(false);
    if (!res.ok) return setMessage({ tone: "error", text: res.detail, id: Date.now() });
    const now = res.data.automatic_renewal?.on ?? false;
    setOn(now);
    setMessage({
      tone: "success",
      text: now
        ? `Automatic renewal is on again: your policy renews from ${date} with the card you pay by.`
        : `Automatic renewal is off: your policy won't renew by itself, so unless you renew it your cover stops before ` +
          `${date}. You can turn it back on here.`,
      id: Date.now(),
    });
  }

  return (
    <Section
      id="automatic-renewal"
      title="Automatic renewal"
      description={
        on
          ? `Your policy renews automatically from ${date}: on the last day of your cover we take the renewal price ` +
            "with the card you pay by, and we email you that price beforehand."
          : "Automatic renewal is off: your policy won't renew by itself."
      }
    >
      <div className="space-y-4">
        {message ? (
          <FocusedAlert key={message.id} tone={message.tone}>
            <p>{message.text}</p>
          </FocusedAlert>
        ) : null}
        <Button variant="secondary" loading={busy} onClick={() => void toggle()}>
          {on ? "Turn off automatic renewal" : "Turn on automatic renewal"}
        </Button>
      </div>
    </Section>
  );
}
