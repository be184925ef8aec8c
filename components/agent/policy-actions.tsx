"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { CancelAction } from "@/components/agent/cancel-action";
import type { PolicyNotice } from "@/components/agent/conflict-notice";
import { ContinueLinkAction } from "@/components/agent/continue-link-action";
import { DecisionAction } from "@/components/agent/decision-action";
import { NewQuoteAction } from "@/components/agent/new-quote-action";
import { RemoveRecurringAction } from "@/components/agent/remove-recurring-action";
import { SuspendAction } from "@/components/agent/suspend-action";
import { availableActions, missingPermissions, type ActionFacts } from "@/lib/agent/actions";

export type PolicyActionsProps = {
  policyNumber: string;
  versionId: string;
  /** The policy's status and can_* flags: only what they allow is offered. */
  facts: ActionFacts;
  /** The signed-in user's permissions: an action they may not take is not offered. */
  permissions: string[];
  /** The customer's email address from the answers, if any (a continue link can be emailed to it). */
  email: string | null;
  /** Today's date (YYYY-MM-DD): with the start of cover, the earliest end of cover when cancelling. */
  today: string;
  startDate: string | null;
};

/** What this user can do with the policy now, each with its own confirmation step. */
export function PolicyActions({
  policyNumber,
  versionId,
  facts,
  permissions,
  email,
  today,
  startDate,
}: PolicyActionsProps) {
  const router = useRouter();
  const [notice, setNotice] = useState<PolicyNotice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // Something changed the policy: say what (here, as it outlives the panel) and reload what can be done now.
  const show = (next: PolicyNotice) => {
    setNotice(next);
    router.refresh();
  };
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const onChanged = (message: string) => show({ tone: "success", title: "Done", body: message });
  const actions = new Set(availableActions(facts, permissions));
  const missing = missingPermissions(facts, permissions);

  return (
    <div className="space-y-4">
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="outline-none">
          <Alert tone={notice.tone} title={notice.title}>
            {notice.body}
          </Alert>
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {actions.has("copy") ? <NewQuoteAction policyNumber={policyNumber} kind="copy" /> : null}
        {actions.has("renew") ? <NewQuoteAction policyNumber={policyNumber} kind="renew" /> : null}
        {actions.has("continue-link") ? <ContinueLinkAction policyNumber={policyNumber} email={email} /> : null}
        {actions.has("cancel") ? (
          <CancelAction
            policyNumber={policyNumber}
            versionId={versionId}
            defaultDate={startDate && startDate > today ? startDate : today}
            coverStarts={startDate}
            onChanged={onChanged}
            onStale={show}
          />
        ) : null}
        {actions.has("cancellation-decision") ? (
          <DecisionAction
            policyNumber={policyNumber}
            endpoint="cancellation-request"
            versionId={versionId}
            title="Cancellation request"
            description="The customer has asked to cancel. Approve to cancel the policy, or refuse to keep it active."
            choices={[
              { value: "approve", label: "Approve the cancellation" },
              { value: "refuse", label: "Refuse the cancellation" },
            ]}
            onChanged={onChanged}
            onStale={show}
          />
        ) : null}
        {actions.has("referral-decision") ? (
          <DecisionAction
            policyNumber={policyNumber}
            endpoint="referral"
            title="Referred application"
            description="This application needs an underwriter's decision. The customer is emailed either way."
            choices={[
              { value: "approve", label: "Approve the application" },
              { value: "decline", label: "Decline the application" },
            ]}
            onChanged={onChanged}
            onStale={show}
          />
        ) : null}
        {(["suspend", "reinstate"] as const).map((kind) =>
          actions.has(kind) ? (
            <SuspendAction
              key={kind}
              kind={kind}
              policyNumber={policyNumber}
              versionId={versionId}
              onChanged={onChanged}
              onStale={show}
            />
          ) : null,
        )}
        {actions.has("remove-recurring") ? (
          <RemoveRecurringAction policyNumber={policyNumber} onChanged={onChanged} onStale={show} />
        ) : null}
      </div>
      {missing.length > 0 ? (
        <p className="text-muted">
          Your sign-in doesn&apos;t allow you to {missing.join(", or ")}; ask a supervisor if this policy needs that.
        </p>
      ) : null}
    </div>
  );
}
