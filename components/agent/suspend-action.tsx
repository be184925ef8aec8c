"use client";

import { useState } from "react";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { outdatedNotice, type PolicyNotice } from "@/components/agent/conflict-notice";
import { NoteField } from "@/components/agent/note-field";
import { useFreshVersion } from "@/components/agent/use-fresh-version";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";

const WORDS = {
  suspend: {
    title: "Suspend the cover",
    description: "Nothing that happens while the policy is suspended is covered. The customer is told by email.",
    start: "Suspend the cover",
    question: (n: string) => `Suspend the cover of policy ${n}?`,
    confirm: "Yes, suspend the cover",
    label: "Reason for suspending (the customer sees it)",
    failed: "The policy was not suspended",
  },
  reinstate: {
    title: "Reinstate the cover",
    description: "The cover runs again from today to the same end date. The customer is told by email.",
    start: "Reinstate the cover",
    question: (n: string) => `Reinstate the cover of policy ${n}?`,
    confirm: "Yes, reinstate the cover",
    label: "Note (optional)",
    failed: "The policy was not reinstated",
  },
} as const;

/** Suspends an Active policy (a reason is required) or reinstates a Suspended one, on the version shown (If-Match). */
export function SuspendAction({
  kind,
  policyNumber,
  versionId,
  onChanged,
  onStale,
}: {
  kind: "suspend" | "reinstate";
  policyNumber: string;
  versionId: string;
  onChanged: (message: string) => void;
  onStale: (notice: PolicyNotice) => void;
}) {
  const words = WORDS[kind];
  const [text, setText] = useState("");
  const [version, conflict] = useFreshVersion(versionId, kind, onStale);

  async function run(): Promise<ActionResult | null> {
    const body = kind === "suspend" ? { reason: text.trim() } : text.trim() ? { note: text.trim() } : {};
    const res = await callApi(
      policyApi.action(policyNumber, kind),
      () => import("@/lib/agent/schemas").then((m) => m.freshPolicySchema),
      { body, ifMatch: version },
    );
    if (res.ok) {
      onChanged(`Policy ${policyNumber} is now ${res.data.status}.`);
      return null;
    }
    if (res.status === 412) return conflict(res.body, `Check it, then confirm again to ${kind} this latest version.`);
    if (res.status === 409) {
      onStale(outdatedNotice(res.detail));
      return null;
    }
    return { tone: "error", title: words.failed, body: res.detail, keepOpen: true };
  }

  return (
    <ActionPanel
      title={words.title}
      description={words.description}
      startLabel={words.start}
      question={words.question(policyNumber)}
      confirmLabel={words.confirm}
      validate={() => (kind === "suspend" && !text.trim() ? "Say why the cover is being suspended." : null)}
      run={run}
    >
      <NoteField id={`${kind}-text`} label={words.label} value={text} onChange={setText} rows={2} />
    </ActionPanel>
  );
}
