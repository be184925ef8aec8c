"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { STATUSES } from "@/contract/statuses";
import { Alert } from "@/components/ui/alert";
import { CancelAction } from "@/components/agent/cancel-action";
import { ContinueLinkAction } from "@/components/agent/continue-link-action";
import { DecisionAction } from "@/components/agent/decision-action";
import { NewQuoteAction } from "@/components/agent/new-quote-action";
import { RemoveRecurringAction } from "@/components/agent/remove-recurring-action";

export type PolicyActionsProps = {
  policyNumber: string;
  status: string;
  versionId: string;
  canCancel: boolean;
  canRenew: boolean;
  /** Today's date (YYYY-MM-DD): with the start of cover, the earliest end of cover when cancelling. */
  today: string;
  startDate: string | null;
};

/** What a user can do with the policy now, each with its own confirmation step. */
export function PolicyActions({
  policyNumber,
  status,
  versionId,
  canCancel,
  canRenew,
  today,
  startDate,
}: PolicyActionsProps) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // A change to the policy: say what happened here (it outlives the panel) and reload the page's data.
  const onChanged = (message: string) => {
    setNotice(message);
    router.refresh();
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const open = status === STATUSES.S_NEW || status === STATUSES.S_QUOTED;

  return (
    <div className="space-y-4">
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="outline-none">
          <Alert tone="success" title="Done">
            {notice}
          </Alert>
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <NewQuoteAction policyNumber={policyNumber} kind="copy" />
        {canRenew ? <NewQuoteAction policyNumber={policyNumber} kind="renew" /> : null}
        {open ? <ContinueLinkAction policyNumber={policyNumber} /> : null}
        {canCancel ? (
          <CancelAction
            policyNumber={policyNumber}
            versionId={versionId}
            defaultDate={startDate && startDate > today ? startDate : today}
            minDate={startDate}
            onChanged={onChanged}
          />
        ) : null}
        {status === STATUSES.S_CANCELLATION_REQUESTED ? (
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
          />
        ) : null}
        {status === STATUSES.S_PENDING_APPROVAL ? (
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
          />
        ) : null}
        {status === STATUSES.S_ACTIVE ? (
          <RemoveRecurringAction policyNumber={policyNumber} onChanged={onChanged} />
        ) : null}
      </div>
    </div>
  );
}
