import { isISODate, todayISO } from "../../../contract/rules";
import { IN_FORCE, STATUS, isStatusIn } from "../../../contract/lifecycle";
import type { AppContext } from "../../context";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import { conflict, invalid, notFound } from "../errors";
import { requirePermission } from "./guard";
import { assertTerminationDate } from "./cancel";
import { recordedRefund, refundFor, requestedOn } from "./cancellation-refund";

/**
 * What cancelling on a date would refund, itemised; nothing changes. Without a date: the date a waiting request
 * asked for, else today (or the day cover starts, if later). A cancelled policy answers the refund that was made.
 */
export async function quoteCancellation(ctx: AppContext, caller: Caller, policyNumber: string, date?: string) {
  if (caller.kind === "user") requirePermission(caller, "cancel_policy");
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  if (policy.status === STATUS.cancelled) {
    const made = await recordedRefund(ctx, policy.policyNumber);
    if (!made) throw notFound(`No refund was recorded when policy ${policy.policyNumber} was cancelled.`);
    return { policy_number: policy.policyNumber, ...made };
  }
  if (!isStatusIn(IN_FORCE, policy.status))
    throw conflict(`Only an active policy can be cancelled; ${policy.policyNumber} is not active.`);
  if (date !== undefined && !isISODate(date)) throw invalid("termination_date must be a real date like 2026-12-31.");
  const today = todayISO(ctx.now());
  const start = policy.startDate && policy.startDate > today ? policy.startDate : today;
  const terminationDate = date ?? policy.terminationDate ?? start;
  assertTerminationDate(policy, terminationDate);
  const refund = await refundFor(ctx, policy, terminationDate, await requestedOn(ctx, policy));
  if (!refund) throw conflict(`Policy ${policy.policyNumber} has no price on record, so there is nothing to refund.`);
  return { policy_number: policy.policyNumber, ...refund };
}
