"use client";

import { useId, useState } from "react";
import { boxClasses } from "@/components/ui/control-classes";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { useFreshVersion } from "@/components/agent/use-fresh-version";
import { NoteField } from "@/components/agent/note-field";
import { RefundPreview } from "@/components/cancellation/refund-preview";
import { outdatedNotice, type PolicyNotice } from "@/components/agent/conflict-notice";

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

  async function run(): Promise<ActionResult | null> {
    const body = { decision, ...(note.trim() ? { note: note.trim() } : {}) };
    const res = await callApi(
      policyApi.action(policyNumber, endpoint),
      () => import("@/lib/agent/schemas").then((m) => m.freshPolicySchema),
      { body, ifMatch: version },
    );
    if (res.ok) {
      onChanged(
        `Decision recorded (${chosen?.label.toLowerCase()}). Policy ${policyNumber} is now ${res.data.status}.`,
      );
      return null;
    }
    if (res.status === 412) return conflict(res.body, "Check it, then confirm again to decide on this latest version.");
    if (res.status === 409) {
      onStale(outdatedNotice(res.detail));
      return null;
    }
    return { tone: "error", title: "The decision was not recorded", body: res.detail, keepOpen: true };
  }

  return (
    <ActionPanel
      title={title}
      description={description}
      startLabel="Decide"
      question={`Your decision on ${policyNumber}:`}
      confirmLabel={chosen ? `Confirm: ${chosen.label.toLowerCase()}` : "Confirm the decision"}
      validate={() => (chosen ? null : "Choose a decision.")}
      run={run}
    >
      {endpoint === "cancellation-request" ? (
        <RefundPreview policyNumber={policyNumber} date={null} title="What the customer asked for" asked />
      ) : null}
      <fieldset>
        <legend className="mb-2 font-semibold">Decision</legend>
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
      <NoteField
        id={`${id}-note`}
        label="Note (optional; the customer may see it)"
        value={note}
        onChange={setNote}
        rows={2}
      />
    </ActionPanel>
  );
}
