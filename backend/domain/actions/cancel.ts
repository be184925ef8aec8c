import { cancellationDecisionSchema, cancelRequestSchema } from "../../../contract/actions";
import type { AppContext } from "../../context";
import { conflict, invalid } from "../errors";
import { parseWith } from "../parse";
import type { Caller } from "../../security/caller";
import { queueEmail } from "../../mail/outbox";
import { actorName } from "../journey/save";
import { guarded, loadForChange, requirePermission } from "./guard";
import { STATUS, IN_FORCE, isStatusIn } from "../../../contract/lifecycle";

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
  const at = ctx.now().toISOString();
  if (caller.kind === "user") {
    const done = await guarded(ctx, caller, policy.policyNumber, () =>
      ctx.stores.policies.update(
        policy,
        {
          status: STATUS.cancelled,
          cancellationReason: body.cancellation_reason,
          terminationDate: body.termination_date,
        },
        { by: actorName(caller), at, reason: "Cancelled", note: body.cancellation_reason },
      ),
    );
    await notify(
      ctx,
      done.customerEmail,
      done.policyNumber,
      "Your policy has been cancelled",
      `Your policy ${done.policyNumber} is cancelled from ${body.termination_date}. Your cancellation letter is in your account.`,
    );
    return done;
  }
  if (policy.status === STATUS.cancellationRequested)
    throw conflict(`A cancellation of ${policy.policyNumber} has already been requested.`);
  const requested = await guarded(ctx, caller, policy.policyNumber, () =>
    ctx.stores.policies.update(
      policy,
      {
        status: STATUS.cancellationRequested,
        cancellationReason: body.cancellation_reason,
        terminationDate: body.termination_date,
      },
      { by: actorName(caller), at, reason: "Cancellation requested", note: body.cancellation_reason },
    ),
  );
  await notify(
    ctx,
    requested.customerEmail,
    requested.policyNumber,
    "We've received your cancellation request",
    `We've received your request to cancel policy ${requested.policyNumber} from ${body.termination_date}. We'll confirm by email.`,
  );
  return requested;
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
  const done = await guarded(ctx, caller, policy.policyNumber, () =>
    ctx.stores.policies.update(policy, patch, {
      by: actorName(caller),
      at: ctx.now().toISOString(),
      reason: approve ? "Cancellation approved" : "Cancellation refused",
      note: body.note ?? "",
    }),
  );
  await notify(
    ctx,
    done.customerEmail,
    done.policyNumber,
    approve ? "Your policy has been cancelled" : "About your cancellation request",
    approve
      ? `Your policy ${done.policyNumber} is cancelled from ${done.terminationDate}. Your cancellation letter is in your account.`
      : `We couldn't cancel policy ${done.policyNumber}; it stays active. ${body.note ?? ""}`.trim(),
  );
  return done;
}

async function notify(ctx: AppContext, to: string | null, policyNumber: string, subject: string, body: string) {
  if (to) await queueEmail(ctx, { to, subject, body, kind: "policy_update", policyNumber });
}
