import type { SubmitResponse } from "../../../contract/journey";
import type { AppContext } from "../../context";
import { invalid, notFound, said } from "../errors";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import type { PolicyRow } from "../../storage/rows";
import type { ProductDefinition } from "../../products/definition";
import { customerFacts, otpEmail } from "../policy-facts";
import { maskEmail, OTP_FORM_ID, otpForm, presentForm, sequenceOf } from "./forms";
import { closedReason } from "./progress";
import { describe, referredDescription, rejectedDescription, respond } from "./respond";
import { STATUS } from "../../../contract/lifecycle";
import { DEFAULT_LOCALE, type Locale } from "../../../contract/locales";
import { offeredLanguage, productText } from "../../products/translations";

export function firstForm(product: ProductDefinition): SubmitResponse {
  const def = product.forms[0];
  return respond(null, "continue", presentForm(def, undefined), { description: describe(def) });
}

/** Where a quote stands now, or (with formId) an earlier form with its saved answers, for going back. */
export async function quoteState(
  ctx: AppContext,
  caller: Caller,
  product: ProductDefinition,
  policyNumber: string,
  formId?: string,
  language: Locale = DEFAULT_LOCALE,
): Promise<SubmitResponse> {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  const nameIn = (l: Locale) => productText(product.slug, l, product.name);
  if (policy.productSlug !== product.slug)
    throw notFound(said("quoteNotForProduct", (l) => ({ policyNumber, product: nameIn(l) }), product.slug));
  const sequence = sequenceOf(product, policy);
  if (formId && formId !== OTP_FORM_ID) {
    const index = sequence.findIndex((f) => f.form_id === formId);
    if (index < 0) throw invalid(said("noStep", (l) => ({ step: formId, product: nameIn(l) }), product.slug));
    const closed = closedReason(product, policy, sequence, index);
    if (closed) throw invalid(closed);
    return respond(policy, "continue", presentForm(sequence[index], policy.answers[formId]), {
      description: describe(sequence[index]),
    });
  }
  return quoteStateOf(product, policy, offeredLanguage(product.slug, language));
}

/** `language`: one the product is offered in (the outcome's sentence is the product's, stored in English). */
export function quoteStateOf(
  product: ProductDefinition,
  policy: PolicyRow,
  language: Locale = DEFAULT_LOCALE,
): SubmitResponse {
  const { progress } = policy;
  const outcome = productText(product.slug, language, progress.outcomeMessage ?? "");
  if (progress.outcome === "rejected")
    return respond(policy, "rejected", null, { description: rejectedDescription(outcome, language) });
  if (policy.status === STATUS.pendingApproval && progress.referralDecision === null) {
    const email = customerFacts(product, policy.answers).email;
    return respond(policy, "referred", null, {
      description: referredDescription(outcome, email ? maskEmail(email) : null, language),
    });
  }
  if (progress.currentFormId === OTP_FORM_ID)
    return respond(policy, "perform_otp", otpForm(otpEmail(product, policy.answers) ?? ""));
  const def = sequenceOf(product, policy).find((f) => f.form_id === progress.currentFormId);
  if (!def) return respond(policy, "complete", null);
  return respond(policy, "continue", presentForm(def, policy.answers[def.form_id]), { description: describe(def) });
}
