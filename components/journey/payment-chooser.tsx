"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import type { PaymentRequest } from "@/contract/journey";
import { ClientForm } from "@/components/ui/client-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/format/money";
import { Spinner } from "@/components/ui/spinner";
import { callApi } from "@/lib/client-api";
import { api, paymentReturnPath, reviewPath } from "@/lib/journey/paths";
import { loadPayment } from "@/lib/journey/payment-store";
import { safeTarget } from "@/lib/journey/next-action";
import { journeyProblem } from "@/lib/journey/problems";
import { journeySchemas } from "@/lib/journey/schemas-on-demand";
import { scheduleSummary, trustedSchedule } from "@/lib/payment/instalments";
import { InstalmentTable, instalmentLabels } from "@/components/ui/instalment-table";
import { useIntlTag, useT } from "@/lib/i18n/client";

/** Choose how to pay, then go to the payment provider's page: card details never pass through us. */
export function PaymentChooser({ policyNumber }: { policyNumber: string }) {
  const router = useRouter();
  const t = useT("pay");
  const problemIn = useT("form");
  const ui = useT("ui");
  const tag = useIntlTag();
  const [payment, setPayment] = useState<PaymentRequest | null | undefined>(undefined);
  const [mode, setMode] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void loadPayment(policyNumber).then((kept) => {
      if (!current) return;
      setPayment(kept);
      if (kept) setMode(kept.modes[0].id);
      else router.replace(reviewPath(policyNumber));
    });
    return () => {
      current = false;
    };
  }, [policyNumber, router]);

  async function pay(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const returnUrl = new URL(paymentReturnPath(policyNumber), window.location.origin).href;
    // A POST: making a payment token changes something, so it is never a GET from the browser.
    const { paymentTokenResponseSchema } = await journeySchemas();
    const res = await callApi(api.paymentToken(policyNumber, mode, returnUrl), paymentTokenResponseSchema, {
      method: "POST",
      words: ui,
    });
    if (!res.ok) {
      setBusy(false);
      return setProblem(journeyProblem(res, problemIn));
    }
    const target = safeTarget(res.data.redirect_url);
    if (!target) {
      setBusy(false);
      return setProblem(t("badAddress"));
    }
    window.location.assign(target);
  }

  if (payment === undefined) return <Spinner label={t("loading")} />;
  if (payment === null) return <p role="status">{t("takingBack")}</p>;
  const money = (amount: string) => formatMoney(amount, payment.currency, tag);
  // A schedule only when the backend sent one that adds up; otherwise the mode as the backend words it.
  const schedules = Object.fromEntries(
    payment.modes.map((m) => [m.id, trustedSchedule(m.instalments, payment.amount, m.amount)]),
  );
  const chosen = schedules[mode];
  return (
    <ClientForm onSubmit={pay} className="space-y-6" noValidate>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">{t("how")}</legend>
        {payment.modes.map((m) => (
          <div key={m.id} className="flex items-center gap-3">
            <input
              id={`mode-${m.id}`}
              type="radio"
              name="payment_mode"
              value={m.id}
              checked={mode === m.id}
              onChange={() => setMode(m.id)}
              className="size-6 shrink-0 accent-brand-700"
            />
            <label htmlFor={`mode-${m.id}`} className="py-1">
              {m.label}: <strong>{schedules[m.id] ? scheduleSummary(schedules[m.id]!, money) : money(m.amount)}</strong>
            </label>
          </div>
        ))}
      </fieldset>
      {chosen ? (
        <div className="space-y-3">
          <h2 className="text-lg font-semibold">{t("dates")}</h2>
          <p>
            {t("schedule", { count: chosen.length, total: money(payment.amount) })}
            {chosen[0].amount !== chosen[1].amount ? ` ${t("oddPence")}` : ""}
          </p>
          <InstalmentTable
            id="schedule"
            caption={t("dates")}
            instalments={chosen}
            total={payment.amount}
            money={money}
            labels={instalmentLabels(ui)}
            tag={tag}
          />
        </div>
      ) : null}
      <p className="text-muted">{t("provider")}</p>
      {problem ? (
        <Alert tone="error" title={t("cantStart")}>
          {problem}
        </Alert>
      ) : null}
      <Button type="submit" loading={busy}>
        {t("paySecurely")}
      </Button>
    </ClientForm>
  );
}
