import type { AppContext } from "../../context";
import type { Caller } from "../../security/caller";
import type { PolicyRow, Progress } from "../../storage/rows";
import { hashToken, newToken } from "../../security/tokens";
import type { ProductDefinition } from "../../products/definition";
import { STATUS } from "../../../contract/lifecycle";
import { DEFAULT_LOCALE, type Locale } from "../../../contract/locales";
import { offeredLanguage } from "../../products/translations";

export const freshProgress = (currentFormId: string | null): Progress => ({
  currentFormId,
  completed: [],
  otpVerified: false,
  outcome: null,
  outcomeMessage: null,
  referralDecision: null,
  confirmedAt: null,
});

export function actorName(caller: Caller): string {
  if (caller.kind === "user") return caller.name;
  if (caller.kind === "customer") return "Customer";
  return "Applicant";
}

/** Names recorded for changes no member of staff made; any other name is a person on the insurer's side. */
const nonStaffActors = new Set(["Customer", "Applicant", "Payment gateway", "System", "Demo data"]);

/** Staff see who made a change; customers see their own side's names and "Our team" for staff. */
export function actorShownTo(caller: Caller, changedBy: string): string {
  return caller.kind === "user" || nonStaffActors.has(changedBy) ? changedBy : "Our team";
}

/** A new quote, bound to the caller by a quote token (returned once) and to a signed-in customer or agent. */
/** Where a quote was started: a partner's site (the reference policy object's keys), or nowhere in particular. */
export type Distribution = Pick<PolicyRow, "partnership" | "distributorId" | "touchpointId" | "referrerUrl">;
export const NO_DISTRIBUTION: Distribution = {
  partnership: null,
  distributorId: null,
  touchpointId: null,
  referrerUrl: null,
};

export async function startQuote(
  ctx: AppContext,
  caller: Caller,
  product: ProductDefinition,
  firstFormId: string,
  distribution: Distribution = NO_DISTRIBUTION,
  language: Locale = DEFAULT_LOCALE,
) {
  const quoteToken = newToken();
  const policy = await ctx.stores.policies.create(
    {
      productSlug: product.slug,
      status: STATUS.new,
      quoteTokenHash: hashToken(quoteToken),
      customerId: caller.kind === "customer" ? caller.customerId : null,
      soldByUserId: caller.kind === "user" ? caller.userId : null,
      parentPolicyNumber: null,
      renewedFromPolicyNumber: null,
      isRenewal: false,
      answers: {},
      progress: freshProgress(firstFormId),
      pricing: null,
      paymentMode: null,
      recurringPayment: false,
      startDate: null,
      endDate: null,
      customerName: "",
      customerFirstName: "",
      customerLastName: "",
      customerEmail: null,
      cancellationReason: null,
      terminationDate: null,
      ...distribution,
      language: offeredLanguage(product.slug, language),
    },
    { by: actorName(caller), at: ctx.now().toISOString(), reason: "Quote started" },
  );
  return { policy, quoteToken };
}

export async function savePolicy(
  ctx: AppContext,
  caller: Caller,
  policy: PolicyRow,
  patch: Partial<PolicyRow>,
  reason?: string,
) {
  return ctx.stores.policies.update(policy, patch, { by: actorName(caller), at: ctx.now().toISOString(), reason });
}
