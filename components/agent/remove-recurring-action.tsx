"use client";

import { useState } from "react";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { outdatedNotice, type PolicyNotice } from "@/components/agent/conflict-notice";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { NoteField } from "@/components/agent/note-field";

/** Stops future automatic payments; the policy itself stays as it is. */
export function RemoveRecurringAction({
  policyNumber,
  onChanged,
  onStale,
}: {
  policyNumber: string;
  onChanged: (message: string) => void;
  /** The policy has no recurring payment (any more): the page says so and reloads. */
  onStale: (notice: PolicyNotice) => void;
}) {
  const [comment, setComment] = useState("");

  async function run(): Promise<ActionResult | null> {
    const res = await callApi(
      policyApi.action(policyNumber, "remove-recurring-payment"),
      () => import("@/lib/agent/schemas").then((m) => m.recurringRemovedSchema),
      {
        body: { comment: comment.trim() },
      },
    );
    if (!res.ok && res.status === 404) {
      onStale(outdatedNotice(res.detail));
      return null;
    }
    if (!res.ok)
      return { tone: "error", title: "The recurring payment was not removed", body: res.detail, keepOpen: true };
    onChanged(`The recurring payment on policy ${policyNumber} has been removed.`);
    return null;
  }

  return (
    <ActionPanel
      title="Remove the recurring payment"
      description="Stops taking automatic payments for this policy. The cover itself does not change."
      startLabel="Remove the recurring payment"
      question={`Remove the recurring payment on policy ${policyNumber}?`}
      confirmLabel="Yes, remove it"
      validate={() => (comment.trim() ? null : "Add a comment saying why.")}
      run={run}
    >
      <NoteField id="recurring-comment" label="Comment" value={comment} onChange={setComment} rows={2} />
    </ActionPanel>
  );
}
