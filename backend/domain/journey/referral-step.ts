import type { SubmitResponse } from "../../../contract/journey";
import type { AppContext } from "../../context";
import type { Caller } from "../../security/caller";
import type { PolicyRow, Progress } from "../../storage/rows";
import type { ProductDefinition, QuoteAnswers } from "../../products/definition";
import { queueEmail } from "../../mail/outbox";
import { referralReceivedEmail } from "../../mail/referral-emails";
import { writtenFor } from "../../mail/written-for";
import { referralInputs, underwrite } from "../underwriting";
import { customerFacts } from "../policy-facts";
import { maskEmail } from "./forms";
import { referredDescription, respond } from "./respond";
import { savePolicy } from "./save";
import { STATUS } from "../../../contract/lifecycle";
import { DEFAULT_LOCALE, type Locale } from "../../../contract/locales";
import { productText } from "../../products/translations";

/**
 * We can only tell someone about a referral once we can reach them: their name and email are answered and, where
 * the product checks the email with a code, the code is verified.
 */
export function contactReady(product: ProductDefinition, answers: QuoteAnswers, progress: Progress): boolean {
  const facts = customerFacts(product, answers);
  return !!facts.first_name && !!facts.email && (!product.otp || progress.otpVerified);
}

/** The referral that applies now: the rules refer, no approval covers these answers, and the quote must stop. */
export function pendingReferral(
  product: ProductDefinition,
  answers: QuoteAnswers,
  progress: Progress,
  lastStep: boolean,
): string | null {
  const verdict = underwrite(product, answers);
  if (verdict?.outcome !== "referred") return null;
  const approved =
    progress.referralDecision === "approved" && progress.referralApprovedFor === referralInputs(product, answers);
  if (approved) return null;
  // Until we can reach the person the quote goes on; the last step refers whatever happens, so none goes unreviewed.
  return contactReady(product, answers, progress) || lastStep ? verdict.message : null;
}

/** Puts the quote in Pending-approval, emails the applicant that it is being reviewed, and says so. */
export async function refer(
  ctx: AppContext,
  caller: Caller,
  product: ProductDefinition,
  policy: PolicyRow,
  patch: Partial<PolicyRow> & { progress: Progress },
  message: string,
  extra: Parameters<typeof respond>[3] = {},
  language: Locale = DEFAULT_LOCALE,
): Promise<SubmitResponse> {
  const referred = await savePolicy(
    ctx,
    caller,
    policy,
    {
      ...patch,
      status: STATUS.pendingApproval,
      progress: { ...patch.progress, outcome: "referred", outcomeMessage: message, referralDecision: null },
    },
    "Referred to an underwriter",
  );
  const facts = customerFacts(product, referred.answers);
  if (facts.email) {
    const written = writtenFor(product, referred);
    const email = referralReceivedEmail(
      { ...written, firstName: facts.first_name, policyNumber: referred.policyNumber },
      written.text(message),
    );
    await queueEmail(ctx, {
      to: facts.email,
      ...email,
      kind: "referral_received",
      policyNumber: referred.policyNumber,
    });
  }
  return respond(referred, "referred", null, {
    ...extra,
    description: referredDescription(
      productText(product.slug, language, message),
      facts.email ? maskEmail(facts.email) : null,
      language,
    ),
  });
}
