"use client";

import { useRef, useState, type FormEvent } from "react";
import { ClientForm } from "@/components/ui/client-form";
import { controlClasses } from "@/components/ui/control-classes";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field-shell";
import { isISODate, todayISO } from "@/contract/rules/relative-date";
import { formatLongDate } from "@/lib/format/date";
import { useEarlyText } from "@/lib/early-input";
import { useIntlTag, useT } from "@/lib/i18n/client";
import { TextField } from "./text-field";
import { RefundPreview } from "@/components/cancellation/refund-preview";

export type CancelRequest = { cancellation_reason: string; termination_date: string };
type Props = {
  policyNumber: string;
  startDate: string | null;
  endDate: string | null;
  onSend: (request: CancelRequest) => Promise<void>;
};
type Errors = { reason?: string; date?: string };

/** The cancellation request's two questions, checked here before they are sent. */
export function CancelFields({ policyNumber, startDate, endDate, onSend }: Props) {
  const t = useT("cancel");
  const tag = useIntlTag();
  const [today] = useState(() => todayISO());
  const earliest = startDate && startDate > today ? startDate : today;
  const [reason, setReason] = useState("");
  const [date, setDate] = useState(earliest);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  // Written before the page's script ran (a slow phone): the box has it, the state doesn't yet.
  useEarlyText(reasonBox, setReason);
  const dateBox = useRef<HTMLInputElement>(null);

  function check(): Errors {
    const found: Errors = {};
    if (reason.trim().length < 3) found.reason = t("reasonMissing");
    if (!isISODate(date)) found.date = t("dateMissing");
    else if (date < earliest) found.date = t("dateTooEarly", { date: formatLongDate(earliest, tag) });
    else if (endDate && date > endDate) found.date = t("dateTooLate", { date: formatLongDate(endDate, tag) });
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found = check();
    setErrors(found);
    if (found.reason) return reasonBox.current?.focus();
    if (found.date) return dateBox.current?.focus();
    setBusy(true);
    await onSend({ cancellation_reason: reason.trim(), termination_date: date });
    setBusy(false);
  }

  return (
    <ClientForm noValidate onSubmit={(event) => void submit(event)} className="space-y-6">
      <FieldShell id="cancel-reason" title={t("reasonLabel")} required errors={errors.reason ? [errors.reason] : []}>
        {(control) => (
          <textarea
            ref={reasonBox}
            {...control}
            rows={4}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={controlClasses(Boolean(errors.reason), "max-w-2xl")}
          />
        )}
      </FieldShell>
      <TextField
        ref={dateBox}
        id="cancel-date"
        label={t("dateLabel")}
        type="date"
        required
        value={date}
        onChange={setDate}
        min={earliest}
        max={endDate ?? undefined}
        error={errors.date}
        width="max-w-xs"
        helpText={t("dateHelp", { date: formatLongDate(earliest, tag) })}
      />
      <RefundPreview policyNumber={policyNumber} date={date} title={t("refundForDate")} />
      <Button type="submit" loading={busy}>
        {t("request")}
      </Button>
    </ClientForm>
  );
}
