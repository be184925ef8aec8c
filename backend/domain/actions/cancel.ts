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
  if (policy.startDate && body.termination_date < policy.startDate)
    throw invalid(`termination_date can't be before the cover starts (${policy.startDate}).`);
  const byUser = caller.kind === "user";
  if (!byUser && policy.status === STATUS.cancellationRequested)
    throw conflict(`A cancellation of ${policy.policyNumber} has already been requested.`);
  const patch = {
    status: byUser ? STATUS.cancelled : STATUS.cancellationRequested,
    cancellationReason: body.cancellation_reason,
    terminationDate: body.termination_date,
  };
  const meta = {
    by: actorName(caller),
    at: ctx.now().toISOString(),
    reason: byUser ? "Cancelled" : "Cancellation requested",
    note: body.cancellation_reason,
  };
  return changeAndTell(ctx, caller, policy, patch, meta, (n) =>
    byUser
      ? [
          "Your policy has been cancelled",
          `Your policy ${n} is cancelled from ${body.termination_date}. Your cancellation letter is in your account.`,
        ]
      : [
          "We've received your cancellation request",
          `We've received your request to cancel policy ${n} from ${body.termination_date}. We'll confirm by email.`,
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
  const patch = approve
    ? { status: STATUS.cancelled }
    : { status: STATUS.active, cancellationReason: null, terminationDate: null };
  const meta = {
    by: actorName(caller),
    at: ctx.now().toISOString(),
    reason: approve ? "Cancellation approved" : "Cancellation refused",
    note: body.note ?? "",
  };
  return changeAndTell(ctx, caller, policy, patch, meta, (n, done) =>
    approve
      ? [
          "Your policy has been cancelled",
          `Your policy ${n} is cancelled from ${done.terminationDate}. Your cancellation letter is in your account.`,
        ]
      : [
          "About your cancellation request",
          `We couldn't cancel policy ${n}; it stays active. ${body.note ?? ""}`.trim(),
        ],
  );
}

/** One change under the version guard, then an email to the customer about it (subject and body from the result). */
async function changeAndTell(
  ctx: AppContext,
  caller: Caller,
  policy: PolicyRow,
  patch: Partial<PolicyRow>,
  meta: ChangeMeta,
  email: (policyNumber: string, done: PolicyRow) => [subject: string, body: string],
): Promise<PolicyRow> {
  const done = await guarded(ctx, caller, policy.policyNumber, () => ctx.stores.policies.update(policy, patch, meta));
  const [subject, body] = email(done.policyNumber, done);
  await notify(ctx, done.customerEmail, done.policyNumber, subject, body);
  return done;
}

async function notify(ctx: AppContext, to: string | null, policyNumber: string, subject: string, body: string) {
  if (to) await queueEmail(ctx, { to, subject, body, kind: "policy_update", policyNumber });
}
