"use client";

import { useState } from "react";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { outdatedNotice, type PolicyNotice } from "@/components/agent/conflict-notice";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { NoteField } from "@/components/agent/note-field";
import { useT } from "@/lib/i18n/client";

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
  const t = useT("agentActions");
  const ui = useT("ui");

  async function run(): Promise<ActionResult | null> {
    const res = await callApi(
      policyApi.action(policyNumber, "remove-recurring-payment"),
      () => import("@/lib/agent/schemas").then((m) => m.recurringRemovedSchema),
      {
        body: { comment: comment.trim() },
        words: ui,
      },
    );
    if (!res.ok && res.status === 404) {
      onStale(outdatedNotice(res.detail, t));
      return null;
    }
    if (!res.ok) return { tone: "error", title: t("recurringFailed"), body: res.detail, keepOpen: true };
    onChanged(t("recurringRemoved", { n: policyNumber }));
    return null;
  }

  return (
    <ActionPanel
      title={t("recurringTitle")}
      description={t("recurringLead")}
      startLabel={t("recurringTitle")}
      question={t("recurringQuestion", { n: policyNumber })}
      confirmLabel={t("recurringConfirm")}
      validate={() => (comment.trim() ? null : t("recurringNeedComment"))}
      run={run}
    >
      <NoteField id="recurring-comment" label={t("comment")} value={comment} onChange={setComment} rows={2} />
    </ActionPanel>
  );
}
