import { referralDecisionSchema } from "../../../contract/actions";
import type { AppContext } from "../../context";
import { conflict } from "../errors";
import { parseWith } from "../parse";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import { queueEmail } from "../../mail/outbox";
import { getProduct } from "../../products";
import { actorName } from "../journey/save";
import { guarded, requirePermission } from "./guard";
import { continueLink } from "./continue-link";
import { referralInputs } from "../underwriting";
import { STATUS } from "../../../contract/lifecycle";

/** An underwriter's decision on a referred application; the applicant is emailed either way. */
export async function decideReferral(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  requirePermission(caller, "approve_referrals");
  const body = parseWith(referralDecisionSchema, input);
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  if (policy.status !== STATUS.pendingApproval || policy.progress.referralDecision !== null)
    throw conflict(`Application ${policy.policyNumber} is not waiting for a referral decision.`);
  const approve = body.decision === "approve";
  const progress = approve
    ? {
        ...policy.progress,
        referralDecision: "approved" as const,
        referralApprovedFor: referralInputs(getProduct(policy.productSlug)!, policy.answers),
        outcome: null,
        outcomeMessage: null,
      }
    : {
        ...policy.progress,
        referralDecision: "declined" as const,
        outcome: "rejected" as const,
        outcomeMessage: body.note ?? "An underwriter reviewed your application and could not offer cover.",
      };
  const status = approve ? (policy.progress.currentFormId === null ? STATUS.quoted : STATUS.new) : STATUS.new;
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
    const product = getProduct(done.productSlug);
    const link = approve ? await continueLink(ctx, done.policyNumber, null) : null;
    await queueEmail(ctx, {
      to: done.customerEmail,
      subject: approve
        ? `Good news about your ${product?.name ?? "insurance"} application`
        : `About your ${product?.name ?? "insurance"} application`,
      body: approve
        ? `An underwriter has approved application ${done.policyNumber}. You can finish it and pay here:\n\n${link!.url}\n\nThe link works until ${link!.expires_at.slice(0, 10)}.`
        : `We're sorry: after review we can't offer cover for application ${done.policyNumber}. ${body.note ?? ""}`.trim(),
      kind: approve ? "referral_approved" : "referral_declined",
      policyNumber: done.policyNumber,
    });
  }
  return done;
}
