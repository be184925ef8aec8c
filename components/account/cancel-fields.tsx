"use client";

import { useRef, useState, type FormEvent } from "react";
import { controlClasses } from "@/components/ui/control-classes";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field-shell";
import { formatLongDate, isISODate, todayISO } from "@/contract/rules/relative-date";
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
  const [today] = useState(() => todayISO());
  const earliest = startDate && startDate > today ? startDate : today;
  const [reason, setReason] = useState("");
  const [date, setDate] = useState(earliest);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  const dateBox = useRef<HTMLInputElement>(null);

  function check(): Errors {
    const found: Errors = {};
    if (reason.trim().length < 3) found.reason = "Tell us why you want to cancel, in a few words";
    if (!isISODate(date)) found.date = "Enter the date your cover should end, like 2026-12-31";
    else if (date < earliest) found.date = `The date must be ${formatLongDate(earliest)} or later`;
    else if (endDate && date > endDate)
      found.date = `The date must be ${formatLongDate(endDate)} or earlier: your cover ends then`;
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
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-6">
      <FieldShell
        id="cancel-reason"
        title="Why do you want to cancel?"
        required
        errors={errors.reason ? [errors.reason] : []}
      >
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
        label="When should your cover end?"
        type="date"
        required
        value={date}
        onChange={setDate}
        min={earliest}
        max={endDate ?? undefined}
        error={errors.date}
        width="max-w-xs"
        helpText={`Your cover ends at the end of this day. The earliest is ${formatLongDate(earliest)}.`}
      />
      <RefundPreview policyNumber={policyNumber} date={date} title="Your refund for this date" />
      <Button type="submit" loading={busy}>
        Request cancellation
      </Button>
    </form>
  );
}
