import { reinstateRequestSchema, suspendRequestSchema } from "../../../contract/actions";
import { STATUS } from "../../../contract/lifecycle";
import { formatLongDate, todayISO } from "../../../contract/rules";
import type { AppContext } from "../../context";
import { queueEmail } from "../../mail/outbox";
import type { Caller } from "../../security/caller";
import type { PolicyRow } from "../../storage/rows";
import { conflict } from "../errors";
import { actorName } from "../journey/save";
import { statusName } from "../journey/respond";
import { statusInWords } from "../../../contract/format/status-text";
import { parseWith } from "../parse";
import { guarded, loadForChange, requirePermission } from "./guard";

export const SUSPENDED_REASON = "Cover suspended";
export const REINSTATED_REASON = "Cover reinstated";

/** A user with suspend_policies pauses an Active policy's cover, saying why; the customer is emailed. */
export async function suspendPolicy(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  versionId: string,
  input: unknown,
) {
  requirePermission(caller, "suspend_policies");
  const body = parseWith(suspendRequestSchema, input);
  const policy = await loadForChange(ctx, caller, policyNumber, versionId);
  if (policy.status !== STATUS.active)
    throw conflict(`Only an active policy can be suspended; ${policy.policyNumber} is ${statusWord(policy)}.`);
  const today = formatLongDate(todayISO(ctx.now()));
  return change(ctx, caller, policy, STATUS.suspended, SUSPENDED_REASON, body.reason, [
    "Your cover is suspended",
    `We've suspended the cover of your policy ${policy.policyNumber} from ${today}: ${body.reason}. ` +
      "Nothing that happens while it is suspended is covered. Please contact us to have it reinstated.",
  ]);
}

/** The same user reinstates a Suspended policy: its cover runs again, to the same end date. */
export async function reinstatePolicy(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  versionId: string,
  input: unknown,
) {
  requirePermission(caller, "suspend_policies");
  const body = parseWith(reinstateRequestSchema, input);
  const policy = await loadForChange(ctx, caller, policyNumber, versionId);
  if (policy.status !== STATUS.suspended)
    throw conflict(`Only a suspended policy can be reinstated; ${policy.policyNumber} is ${statusWord(policy)}.`);
  const today = formatLongDate(todayISO(ctx.now()));
  const ends = policy.endDate ? ` to ${formatLongDate(policy.endDate)}` : "";
  return change(ctx, caller, policy, STATUS.active, REINSTATED_REASON, body.note ?? "", [
    "Your cover is back",
    `We've reinstated your policy ${policy.policyNumber}: you are covered again from ${today}${ends}.`,
  ]);
}

const statusWord = (policy: PolicyRow) => statusInWords(statusName(policy.status));

async function change(
  ctx: AppContext,
  caller: Caller,
  policy: PolicyRow,
  status: PolicyRow["status"],
  reason: string,
  note: string,
  [subject, body]: [string, string],
) {
  const meta = { by: actorName(caller), at: ctx.now().toISOString(), reason, note };
  const done = await guarded(ctx, caller, policy.policyNumber, () =>
    ctx.stores.policies.update(policy, { status }, meta),
  );
  if (done.customerEmail)
    await queueEmail(ctx, {
      to: done.customerEmail,
      subject,
      body,
      kind: "policy_update",
      policyNumber: done.policyNumber,
    });
  return done;
}
