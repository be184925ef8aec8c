"use client";

import { useId, useState } from "react";
import { boxClasses } from "@/components/ui/control-classes";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { useT } from "@/lib/i18n/client";
import { useFreshVersion } from "@/components/agent/use-fresh-version";
import { NoteField } from "@/components/agent/note-field";
import { RefundPreview } from "@/components/cancellation/refund-preview";
import { outdatedNotice, type PolicyNotice } from "@/components/agent/conflict-notice";
import { useAgentWords } from "@/components/agent/use-agent-words";
import { statusName } from "@/lib/i18n/status-name";

type Choice = { value: string; label: string };

export type DecisionActionProps = {
  policyNumber: string;
  /** `cancellation-request` (guarded by If-Match) or `referral`. */
  endpoint: "cancellation-request" | "referral";
  versionId?: string;
  title: string;
  description: string;
  choices: [Choice, Choice];
  onChanged: (message: string) => void;
  /** Nothing waits for this decision any more: the page says why and reloads. */
  onStale: (notice: PolicyNotice) => void;
};

/** A decision on something waiting for a user: a cancellation request or a referred application. */
export function DecisionAction({
  policyNumber,
  endpoint,
  versionId,
  title,
  description,
  choices,
  onChanged,
  onStale,
}: DecisionActionProps) {
  const id = useId();
  const [decision, setDecision] = useState("");
  const [note, setNote] = useState("");
  const chosen = choices.find((c) => c.value === decision);
  const [version, conflict] = useFreshVersion(
    versionId,
    endpoint === "referral" ? "referral-decision" : "cancellation-decision",
    onStale,
  );
  const { t, statusT } = useAgentWords();
  const ui = useT("ui");

  async function run(): Promise<ActionResult | null> {
    const body = { decision, ...(note.trim() ? { note: note.trim() } : {}) };
    const res = await callApi(
      policyApi.action(policyNumber, endpoint),
      () => import("@/lib/agent/schemas").then((m) => m.freshPolicySchema),
      { body, ifMatch: version, words: ui },
    );
    if (res.ok) {
      const status = statusName(res.data.status, statusT);
      onChanged(t("decisionRecorded", { choice: chosen?.label.toLowerCase() ?? decision, n: policyNumber, status }));
      return null;
    }
    if (res.status === 412) return conflict(res.body, t("decideRetry"));
    if (res.status === 409) {
      onStale(outdatedNotice(res.detail, t));
      return null;
    }
    return { tone: "error", title: t("decisionFailed"), body: res.detail, keepOpen: true };
  }

  return (
    <ActionPanel
      title={title}
      description={description}
      startLabel={t("decide")}
      question={t("decisionQuestion", { n: policyNumber })}
      confirmLabel={chosen ? t("confirmChoice", { choice: chosen.label.toLowerCase() }) : t("confirmDecision")}
      validate={() => (chosen ? null : t("chooseDecision"))}
      run={run}
    >
      {endpoint === "cancellation-request" ? (
        <RefundPreview policyNumber={policyNumber} date={null} title={t("askedFor")} asked />
      ) : null}
      <fieldset>
        <legend className="mb-2 font-semibold">{t("decision")}</legend>
        <div className="flex flex-wrap gap-6">
          {choices.map((c) => (
            <label key={c.value} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={`${id}-decision`}
                value={c.value}
                checked={decision === c.value}
                onChange={() => setDecision(c.value)}
                className={boxClasses}
              />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
      <NoteField id={`${id}-note`} label={t("decisionNote")} value={note} onChange={setNote} rows={2} />
    </ActionPanel>
  );
}
