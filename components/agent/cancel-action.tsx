"use client";

import { useState } from "react";
import { formatLongDate } from "@/lib/format/date";
import { controlClasses } from "@/components/ui/control-classes";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { useT } from "@/lib/i18n/client";
import { useFreshVersion } from "@/components/agent/use-fresh-version";
import { LabelledControl } from "@/components/ui/labelled-control";
import { NoteField } from "@/components/agent/note-field";
import { RefundPreview } from "@/components/cancellation/refund-preview";
import { outdatedNotice, type PolicyNotice } from "@/components/agent/conflict-notice";
import { useAgentWords } from "@/components/agent/use-agent-words";
import { statusName } from "@/lib/i18n/status-name";

type CancelActionProps = {
  policyNumber: string;
  versionId: string;
  defaultDate: string;
  /** The first day of cover: a date before it cancels from inception (the API reads it so too). */
  coverStarts?: string | null;
  onChanged: (message: string) => void;
  /** The policy can't be cancelled any more (someone else changed it): the page says why and reloads. */
  onStale: (notice: PolicyNotice) => void;
};

/** Cancels on the version this page showed (If-Match); if someone changed it meanwhile, shows the policy now. */
export function CancelAction({
  policyNumber,
  versionId,
  defaultDate,
  coverStarts,
  onChanged,
  onStale,
}: CancelActionProps) {
  const [reason, setReason] = useState("");
  const [date, setDate] = useState(defaultDate);
  const [version, conflict] = useFreshVersion(versionId, "cancel", onStale);
  const { t, statusT, tag } = useAgentWords();
  const ui = useT("ui");

  function validate(): string | null {
    if (reason.trim().length < 3) return t("cancelNeedReason");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return t("cancelNeedDate");
    return null;
  }

  async function run(): Promise<ActionResult | null> {
    const body = { cancellation_reason: reason.trim(), termination_date: date };
    const res = await callApi(
      policyApi.action(policyNumber, "cancel"),
      () => import("@/lib/agent/schemas").then((m) => m.freshPolicySchema),
      { body, ifMatch: version, words: ui },
    );
    if (res.ok) {
      onChanged(t("nowStatus", { n: policyNumber, status: statusName(res.data.status, statusT) }));
      return null;
    }
    if (res.status === 412) return conflict(res.body, t("cancelRetry"));
    if (res.status === 409) {
      onStale(outdatedNotice(res.detail, t));
      return null;
    }
    return { tone: "error", title: t("cancelFailed"), body: res.detail, keepOpen: true };
  }

  const fromInception = Boolean(coverStarts && /^\d{4}-\d{2}-\d{2}$/.test(date) && date < coverStarts);

  return (
    <ActionPanel
      title={t("cancelTitle")}
      description={t("cancelLead")}
      startLabel={t("cancelTitle")}
      question={t("cancelQuestion", { n: policyNumber })}
      confirmLabel={t("cancelConfirm")}
      validate={validate}
      run={run}
    >
      <NoteField id="cancel-reason" label={t("cancelReason")} value={reason} onChange={setReason} rows={3} />
      <LabelledControl htmlFor="cancel-date" label={t("cancelDate")}>
        <input
          id="cancel-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          aria-describedby={fromInception ? "cancel-date-hint" : undefined}
          className={controlClasses(false, "w-48")}
        />
      </LabelledControl>
      {fromInception ? (
        <p id="cancel-date-hint" className="text-muted">
          {t("fromInception", { date: formatLongDate(coverStarts!, tag) })}
        </p>
      ) : null}
      <RefundPreview policyNumber={policyNumber} date={date} title={t("refundForDate")} />
    </ActionPanel>
  );
}
