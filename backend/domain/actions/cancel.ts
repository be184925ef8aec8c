import { cancellationDecisionSchema, cancelRequestSchema } from "../../../contract/actions";
import type { AppContext } from "../../context";
import { conflict, invalid } from "../errors";
import { parseWith } from "../parse";
import type { Caller } from "../../security/caller";
import { queueEmail } from "../../mail/outbox";
import { actorName } from "../journey/save";
import { guarded, loadForChange, requirePermission } from "./guard";
import { STATUS, IN_FORCE, isStatusIn } from "../../../contract/lifecycle";
import type { PolicyRow } from "../../storage/rows";
import type { ChangeMeta } from "../stores/policy-store";
import type { RefundQuote } from "../../../contract/refund";
import { formatLongDate, todayISO } from "../../../contract/rules";
import { formatMoney } from "../../../contract/format/money";
import { recordRefund, refundFor, requestedOn } from "./cancellation-refund";

/** A cancelled policy's cover ends on the termination date; one cancelled from inception never ran past its start. */
function coverEnds(policy: PolicyRow, terminationDate: string): string {
  return policy.startDate && terminationDate < policy.startDate ? policy.startDate : terminationDate;
}

/** The termination date asked for must fall inside the cover (a date before it starts is from inception). */
export function assertTerminationDate(policy: PolicyRow, terminationDate: string) {
  if (policy.endDate && terminationDate > policy.endDate)
    throw invalid(
      `termination_date ${terminationDate} is after the cover ends (${formatLongDate(policy.endDate)}): ` +
        `choose ${policy.endDate} or earlier.`,
    );
}

function cancelledSentence(n: string, terminationDate: string, refund: RefundQuote | null, startDate: string | null) {
  const from =
    startDate && terminationDate < startDate
      ? "from the day it started (from inception): it gave no cover"
      : `and your cover ends on ${formatLongDate(terminationDate)}`;
  const money = refund
    ? ` We'll refund ${formatMoney(refund.total_refund, refund.currency)} to you; the cancellation letter itemises it.`
    : "";
  return `Your policy ${n} is cancelled ${from}.${money} Your cancellation letter is in your account.`;
}

/** A user with cancel_policy cancels; a customer asks, and a user approves or refuses the request. */
export async function cancelPolicy(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  versionId: string,
  input: unknown,
) {
  if (caller.kind === "user") requirePermission(caller, "cancel_policy");
  const body = parseWith(cancelRequestSchema, input);
  const policy = await loadForChange(ctx, caller, policyNumber, versionId);
  if (!isStatusIn(IN_FORCE, policy.status))
    throw conflict(`Only an active policy can be cancelled; ${policy.policyNumber} is not active.`);
  assertTerminationDate(policy, body.termination_date);
  const byUser = caller.kind === "user";
  if (!byUser && policy.status === STATUS.cancellationRequested)
    throw conflict(`A cancellation of ${policy.policyNumber} has already been requested.`);
  const patch = {
    status: byUser ? STATUS.cancelled : STATUS.cancellationRequested,
    cancellationReason: body.cancellation_reason,
    terminationDate: body.termination_date,
    ...(byUser ? { endDate: coverEnds(policy, body.termination_date) } : {}),
  };
  const refund = byUser ? await refundFor(ctx, policy, body.termination_date, await requestedOn(ctx, policy)) : null;
  const meta = {
    by: actorName(caller),
    at: ctx.now().toISOString(),
    reason: byUser ? "Cancelled" : "Cancellation requested",
    note: body.cancellation_reason,
  };
  return changeAndTell(ctx, caller, policy, patch, meta, refund, (n) =>
    byUser
      ? ["Your policy has been cancelled", cancelledSentence(n, body.termination_date, refund, policy.startDate)]
      : [
          "We've received your cancellation request",
          `We've received your request to cancel policy ${n} from ${formatLongDate(body.termination_date)}. ` +
            "We'll confirm by email.",
        ],
  );
}

export async function decideCancellation(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  versionId: string,
  input: unknown,
) {
  requirePermission(caller, "cancel_policy");
  const body = parseWith(cancellationDecisionSchema, input);
  const policy = await loadForChange(ctx, caller, policyNumber, versionId);
  if (policy.status !== STATUS.cancellationRequested)
    throw conflict(`Policy ${policy.policyNumber} has no cancellation request waiting.`);
  const approve = body.decision === "approve";
  const asked = policy.terminationDate ?? policy.endDate ?? todayISO(ctx.now());
  const patch = approve
    ? { status: STATUS.cancelled, endDate: coverEnds(policy, asked) }
    : { status: STATUS.active, cancellationReason: null, terminationDate: null };
  const refund = approve ? await refundFor(ctx, policy, asked, await requestedOn(ctx, policy)) : null;
  const meta = {
    by: actorName(caller),
    at: ctx.now().toISOString(),
    reason: approve ? "Cancellation approved" : "Cancellation refused",
    note: body.note ?? "",
  };
  return changeAndTell(ctx, caller, policy, patch, meta, refund, (n) =>
    approve
      ? ["Your policy has been cancelled", cancelledSentence(n, asked, refund, policy.startDate)]
      : [
          "About your cancellation request",
          `We couldn't cancel policy ${n}; it stays active. ${body.note ?? ""}`.trim(),
        ],
  );
}

/**
 * One change under the version guard, with its refund (a payment record) in the same transaction, then an email
 * to the customer about it (subject and body from the result).
 */
async function changeAndTell(
  ctx: AppContext,
  caller: Caller,
  policy: PolicyRow,
  patch: Partial<PolicyRow>,
  meta: ChangeMeta,
  refund: RefundQuote | null,
  email: (policyNumber: string, done: PolicyRow) => [subject: string, body: string],
): Promise<PolicyRow> {
  const done = await guarded(ctx, caller, policy.policyNumber, () =>
    ctx.transaction(async (tx) => {
      const changed = await tx.stores.policies.update(policy, patch, meta);
      if (refund) await recordRefund(tx, changed, refund);
      return changed;
    }),
  );
  const [subject, body] = email(done.policyNumber, done);
  await notify(ctx, done.customerEmail, done.policyNumber, subject, body);
  return done;
}

async function notify(ctx: AppContext, to: string | null, policyNumber: string, subject: string, body: string) {
  if (to) await queueEmail(ctx, { to, subject, body, kind: "policy_update", policyNumber });
}
