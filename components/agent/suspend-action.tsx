"use client";

import { useState } from "react";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { outdatedNotice, type PolicyNotice } from "@/components/agent/conflict-notice";
import { NoteField } from "@/components/agent/note-field";
import { useAgentWords } from "@/components/agent/use-agent-words";
import { useFreshVersion } from "@/components/agent/use-fresh-version";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { useT } from "@/lib/i18n/client";
import { statusName } from "@/lib/i18n/status-name";

/** Each kind's keys in the `agentActions` messages. */
const KEYS = {
  suspend: {
    title: "suspendTitle",
    description: "suspendLead",
    question: "suspendQuestion",
    confirm: "suspendConfirm",
    label: "suspendLabel",
    failed: "suspendFailed",
    retry: "suspendRetry",
  },
  reinstate: {
    title: "reinstateTitle",
    description: "reinstateLead",
    question: "reinstateQuestion",
    confirm: "reinstateConfirm",
    label: "reinstateLabel",
    failed: "reinstateFailed",
    retry: "reinstateRetry",
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
  const keys = KEYS[kind];
  const [text, setText] = useState("");
  const [version, conflict] = useFreshVersion(versionId, kind, onStale);
  const { t, statusT } = useAgentWords();
  const ui = useT("ui");

  async function run(): Promise<ActionResult | null> {
    const body = kind === "suspend" ? { reason: text.trim() } : text.trim() ? { note: text.trim() } : {};
    const res = await callApi(
      policyApi.action(policyNumber, kind),
      () => import("@/lib/agent/schemas").then((m) => m.freshPolicySchema),
      { body, ifMatch: version, words: ui },
    );
    if (res.ok) {
      onChanged(t("nowStatus", { n: policyNumber, status: statusName(res.data.status, statusT) }));
      return null;
    }
    if (res.status === 412) return conflict(res.body, t(keys.retry));
    if (res.status === 409) {
      onStale(outdatedNotice(res.detail, t));
      return null;
    }
    return { tone: "error", title: t(keys.failed), body: res.detail, keepOpen: true };
  }

  return (
    <ActionPanel
      title={t(keys.title)}
      description={t(keys.description)}
      startLabel={t(keys.title)}
      question={t(keys.question, { n: policyNumber })}
      confirmLabel={t(keys.confirm)}
      validate={() => (kind === "suspend" && !text.trim() ? t("suspendNeedReason") : null)}
      run={run}
    >
      <NoteField id={`${kind}-text`} label={t(keys.label)} value={text} onChange={setText} rows={2} />
    </ActionPanel>
  );
}
