"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Answers } from "@/contract/form";
import type { EndorsementForms, EndorsementQuote } from "@/contract/endorsement";
import { isISODate } from "@/contract/rules";
import { ClientForm } from "@/components/ui/client-form";
import { FocusedAlert } from "@/components/account/focused-alert";
import { TextField } from "@/components/account/text-field";
import { FormRenderer, type SubmitOutcome } from "@/components/form/form-renderer";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/control-classes";
import { FieldShell } from "@/components/ui/field-shell";
import { applyChange, quoteChange, readChangeForms, withFieldErrors } from "@/lib/endorsement/endorse-api";
import { formatLongDate } from "@/lib/format/date";
import { useIntlTag, useT } from "@/lib/i18n/client";
import { ChangePreview } from "./change-preview";
import Link from "next/link";

type ChangePolicyProps = {
  policyNumber: string;
  versionId: string;
  /** A customer changes what the product lets them; an agent any answer (the backend decides which). */
  audience: "customer" | "agent";
  /** The policy's page: where the gateway brings the payer back, and the way back from here. */
  backHref: string;
};

type Notice = { tone: "success" | "error"; title: string; body: string; id: number };

/**
 * A mid-term change: the answers the caller may change, pre-filled, and the day it starts; then the change and its
 * price for the rest of the term, itemised, before it is confirmed; then the payment, or the refund recorded.
 */
export function ChangePolicy({ policyNumber, versionId, audience, backHref }: ChangePolicyProps) {
  const t = useT("change");
  const ui = useT("ui");
  const tag = useIntlTag();
  const day = (iso: string) => formatLongDate(iso, tag);
  const router = useRouter();
  const you = audience === "customer";
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(true);
  const [data, setData] = useState<EndorsementForms | null>(null);
  const [formId, setFormId] = useState("");
  const [date, setDate] = useState("");
  const [dateError, setDateError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ answers: Answers; date: string } | null>(null);
  const [quote, setQuote] = useState<EndorsementQuote | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const reasonBox = useRef<HTMLTextAreaElement>(null);

  function start() {
    setLoading(true);
    setNotice(null);
    void load();
  }

  async function load() {
    const res = await readChangeForms(policyNumber, ui);
    setLoading(false);
    if (!res.ok) {
      const body = res.missing ? t("notOnline") : res.detail;
      return setNotice({ tone: "error", title: t("cantChangeThis"), body, id: Date.now() });
    }
    setData(res.data);
    setFormId(res.data.forms[0]?.form_id ?? "");
    setDate(res.data.earliest_effective_date);
    setOpen(true);
  }

  // Mounted when someone takes up the offer: the questions load at once.
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function checkDate(): string | null {
    if (!data) return null;
    if (!isISODate(date)) return t("dateMissing");
    if (date < data.earliest_effective_date) return t("dateTooEarly", { date: day(data.earliest_effective_date) });
    if (date > data.latest_effective_date) return t("dateTooLate", { date: day(data.latest_effective_date) });
    return null;
  }

  async function seePrice(answers: Answers): Promise<SubmitOutcome | void> {
    const wrongDate = checkDate();
    setDateError(wrongDate);
    if (wrongDate) return { formErrors: [wrongDate] };
    const form = data!.forms.find((f) => f.form_id === formId)!;
    const res = await quoteChange(policyNumber, formId, { answers: { [formId]: answers }, effective_date: date }, ui);
    if (res.ok) {
      setSent({ answers, date });
      setQuote(res.data);
      return;
    }
    if (res.fieldErrors) return { form: withFieldErrors(form, answers, res.fieldErrors) };
    return { formErrors: [res.detail] };
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !sent) return;
    if (!reason.trim()) {
      setReasonError(t(you ? "reasonMissing" : "reasonMissingAgent"));
      return reasonBox.current?.focus();
    }
    setReasonError(null);
    setBusy(true);
    // Back to this page, which says how the payment went (the change is made only once it is paid).
    const returnUrl = `${window.location.origin}${window.location.pathname}`;
    const res = await applyChange(
      policyNumber,
      versionId,
      {
        answers: { [formId]: sent.answers },
        effective_date: sent.date,
        reason: reason.trim(),
        return_url: returnUrl,
      },
      ui,
    );
    if (res.ok && res.data.redirectUrl) return window.location.assign(res.data.redirectUrl);
    setBusy(false);
    const id = Date.now();
    if (!res.ok) {
      const body = res.status === 412 ? t("changedMeanwhile") : res.detail;
      setNotice({ tone: "error", title: t("notMade"), body, id });
      if (res.status === 412) close();
      return router.refresh();
    }
    const body = t(quote && quote.direction === "refund" ? "madeWithRefund" : "made");
    setNotice({ tone: "success", title: t("changed"), body, id });
    close();
    router.refresh();
  }

  function close() {
    setOpen(false);
    setQuote(null);
    setSent(null);
    setReason("");
  }

  const form = data?.forms.find((f) => f.form_id === formId);
  return (
    <div className="space-y-6">
      {loading && !open && !notice ? <p role="status">{t("loading")}</p> : null}
      {notice ? (
        <FocusedAlert key={notice.id} tone={notice.tone} title={notice.title}>
          <p>{notice.body}</p>
        </FocusedAlert>
      ) : null}
      {!open ? (
        <>
          <p>
            <Link href={backHref}>{t("backToPolicy")}</Link>
          </p>
          <Button variant="secondary" onClick={start} loading={loading}>
            {t("another")}
          </Button>
        </>
      ) : null}
      {open && data && !quote ? (
        <div className="space-y-6">
          {data.forms.length > 1 ? (
            <fieldset className="space-y-2">
              <legend className="font-semibold">{t("what")}</legend>
              {data.forms.map((f) => (
                <label key={f.form_id} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="change-form"
                    value={f.form_id}
                    checked={f.form_id === formId}
                    onChange={() => setFormId(f.form_id)}
                  />
                  {f.form_name}
                </label>
              ))}
            </fieldset>
          ) : null}
          <TextField
            id="change-date"
            label={t("dateLabel")}
            type="date"
            required
            value={date}
            onChange={setDate}
            min={data.earliest_effective_date}
            max={data.latest_effective_date}
            error={dateError}
            width="max-w-xs"
            helpText={t("dateHelp", { from: day(data.earliest_effective_date), to: day(data.latest_effective_date) })}
          />
          {form ? (
            <FormRenderer
              key={form.form_id}
              form={form}
              policyNumber={policyNumber}
              onSubmit={seePrice}
              submitLabel={t("seePrice")}
            />
          ) : null}
          <Button variant="secondary" onClick={close}>
            {t("cancel")}
          </Button>
        </div>
      ) : null}
      {open && quote ? (
        <ClientForm noValidate onSubmit={(event) => void confirm(event)} className="space-y-6">
          <ChangePreview quote={quote} />
          <FieldShell
            id="change-reason"
            title={t(you ? "reasonLabel" : "reasonLabelAgent")}
            required
            errors={reasonError ? [reasonError] : []}
          >
            {(control) => (
              <textarea
                ref={reasonBox}
                {...control}
                rows={3}
                maxLength={500}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                className={controlClasses(Boolean(reasonError), "max-w-2xl")}
              />
            )}
          </FieldShell>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" loading={busy}>
              {t(quote.direction === "charge" ? "confirmAndPay" : "confirm")}
            </Button>
            <Button variant="secondary" onClick={() => setQuote(null)}>
              {t("changeAnswers")}
            </Button>
          </div>
        </ClientForm>
      ) : null}
    </div>
  );
}
