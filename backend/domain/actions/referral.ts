import { referralDecisionSchema } from "../../../contract/actions";
import { writtenFor } from "../../mail/written-for";
import type { AppContext } from "../../context";
import { conflict } from "../errors";
import { parseWith } from "../parse";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import { queueEmail } from "../../mail/outbox";
import { referralApprovedEmail, referralDeclinedEmail } from "../../mail/referral-emails";
import { getProduct } from "../../products";
import { actorName } from "../journey/save";
import { guarded, requirePermission } from "./guard";
import { continueLink } from "./continue-link";
import { referralInputs } from "../underwriting";
import { STATUS } from "../../../contract/lifecycle";

const DECLINED_MESSAGE = "An underwriter reviewed your application and could not offer cover.";

/**
 * An underwriter's decision on a referred application; the applicant is emailed either way. An approval reopens the
 * quote where it stopped (with a signed link to finish it on any device); a decline closes it for good (Declined).
 */
export async function decideReferral(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  requirePermission(caller, "approve_referrals");
  const body = parseWith(referralDecisionSchema, input);
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  if (policy.status !== STATUS.pendingApproval || policy.progress.referralDecision !== null)
    throw conflict(`Application ${policy.policyNumber} is not waiting for a referral decision.`);
  const product = getProduct(policy.productSlug)!;
  const approve = body.decision === "approve";
  const progress = approve
    ? {
        ...policy.progress,
        referralDecision: "approved" as const,
        referralApprovedFor: referralInputs(product, policy.answers),
        outcome: null,
        outcomeMessage: null,
      }
    : {
        ...policy.progress,
        referralDecision: "declined" as const,
        outcome: "rejected" as const,
        outcomeMessage: body.note ?? DECLINED_MESSAGE,
        currentFormId: null,
      };
  const status = approve ? (policy.progress.currentFormId === null ? STATUS.quoted : STATUS.new) : STATUS.declined;
  const done = await guarded(ctx, caller, policy.policyNumber, () =>
    ctx.stores.policies.update(
      policy,
      { status, progress },
      {
        by: actorName(caller),
        at: ctx.now().toISOString(),
        reason: approve ? "Referral approved" : "Referral declined",
        note: body.note ?? "",
      },
    ),
  );
  if (done.customerEmail) {
    const facts = { ...writtenFor(product, done), firstName: done.customerFirstName, policyNumber: done.policyNumber };
    const email = approve
      ? referralApprovedEmail(facts, await continueLink(ctx, done.policyNumber, null))
      : referralDeclinedEmail(facts, body.note ?? null);
    await queueEmail(ctx, {
      to: done.customerEmail,
      ...email,
      kind: approve ? "referral_approved" : "referral_declined",
      policyNumber: done.policyNumber,
    });
  }
  return done;
}
