"use client";

import { useRouter } from "next/navigation";
import { Fragment, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { CancelAction } from "@/components/agent/cancel-action";
import type { PolicyNotice } from "@/components/agent/conflict-notice";
import { ContinueLinkAction } from "@/components/agent/continue-link-action";
import { DecisionAction } from "@/components/agent/decision-action";
import { NewQuoteAction } from "@/components/agent/new-quote-action";
import { RemoveRecurringAction } from "@/components/agent/remove-recurring-action";
import { SuspendAction } from "@/components/agent/suspend-action";
import { availableActions, missingPermissions, type ActionFacts } from "@/lib/agent/actions";
import { useIntlTag, useT } from "@/lib/i18n/client";

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
  const t = useT("agentActions");
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
  const onChanged = (message: string) => show({ tone: "success", title: t("done"), body: message });
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
            title={t("cancellationRequest")}
            description={t("cancellationRequestLead")}
            choices={[
              { value: "approve", label: t("approveCancellation") },
              { value: "refuse", label: t("refuseCancellation") },
            ]}
            onChanged={onChanged}
            onStale={show}
          />
        ) : null}
        {actions.has("referral-decision") ? (
          <DecisionAction
            policyNumber={policyNumber}
            endpoint="referral"
            title={t("referredApplication")}
            description={t("referredApplicationLead")}
            choices={[
              { value: "approve", label: t("approveApplication") },
              { value: "decline", label: t("declineApplication") },
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
      {missing.length > 0 ? <NotAllowed permissions={missing} /> : null}
    </div>
  );
}

const MARK = "\u0000";

/** "Your sign-in doesn't allow you to … or …": each missing permission in words, with its name as code. */
function NotAllowed({ permissions }: { permissions: string[] }) {
  const t = useT("agentActions");
  const tag = useIntlTag();
  const [before, after = ""] = t("notAllowed", { actions: MARK }).split(MARK);
  const list = new Intl.ListFormat(tag, { type: "disjunction" }).formatToParts(permissions).map((part, i) =>
    part.type === "element" ? (
      <Fragment key={i}>
        {t(part.value)} (<code>{part.value}</code>)
      </Fragment>
    ) : (
      part.value
    ),
  );
  return (
    <p className="text-muted">
      {before}
      {list}
      {after}
    </p>
  );
}
