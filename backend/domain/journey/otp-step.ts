import type { Answers } from "../../../contract/form";
import type { SubmitResponse } from "../../../contract/journey";
import type { AppContext } from "../../context";
import { conflict, said, wordedIn } from "../errors";
import type { Caller } from "../../security/caller";
import { findOrCreateCustomer, issueCustomerToken } from "../../security/customers";
import { issueCode, verifyCode } from "../../security/otp";
import { withinLimit } from "../../security/rate-events";
import type { PolicyRow } from "../../storage/rows";
import type { ProductDefinition } from "../../products/definition";
import { customerFacts, otpEmail } from "../policy-facts";
import { OTP_FORM_ID, otpForm, presentForm, sequenceOf } from "./forms";
import { respond } from "./respond";
import { pendingReferral, refer } from "./referral-step";
import { savePolicy } from "./save";
import { STATUS } from "../../../contract/lifecycle";
import { writtenFor } from "../../mail/written-for";
import { DEFAULT_LOCALE, type Locale } from "../../../contract/locales";

const RESEND_LIMIT = 5;
const RESEND_WINDOW_MS = 15 * 60 * 1000;

export async function sendQuoteCode(ctx: AppContext, product: ProductDefinition, policy: PolicyRow) {
  const email = otpEmail(product, policy.answers);
  const { language } = writtenFor(product, policy);
  if (!email) throw conflict(said("noEmailForCode", {}, product.slug));
  const since = new Date(ctx.now().getTime() - RESEND_WINDOW_MS).toISOString();
  const recent = await ctx.stores.otpCodes.countForPolicySince(policy.policyNumber, since);
  // Per quote and per address: many quotes can't be used to flood one inbox.
  if (
    recent >= RESEND_LIMIT ||
    !(await withinLimit(ctx, `otp-quote:${email.toLowerCase()}`, RESEND_LIMIT * 2, RESEND_WINDOW_MS))
  ) {
    return {
      form: otpForm(email, [wordedIn(language, said("codeLimit"))]),
      sent: false,
    };
  }
  await issueCode(ctx, { purpose: "quote", email, policyNumber: policy.policyNumber, language });
  return { form: otpForm(email), sent: true };
}

const MESSAGES = { wrong: "codeWrong", expired: "codeExpired", none: "codeExpired", locked: "codeLocked" } as const;

/** Posting the otp form verifies its code; posting it with `resend: true` sends a new code instead. */
export async function submitOtp(
  ctx: AppContext,
  caller: Caller,
  product: ProductDefinition,
  policy: PolicyRow,
  posted: Answers,
  language: Locale = DEFAULT_LOCALE,
): Promise<SubmitResponse> {
  if (policy.progress.currentFormId !== OTP_FORM_ID)
    throw conflict(said("notWaitingForCode", { policyNumber: policy.policyNumber }, product.slug));
  const email = otpEmail(product, policy.answers) ?? "";
  if (posted.resend === true || posted.resend === "true") {
    const sent = await sendQuoteCode(ctx, product, policy);
    return respond(policy, "perform_otp", sent.form, { has_errors: !sent.sent });
  }
  const code = typeof posted.code === "string" ? posted.code.trim() : "";
  if (!/^\d{6}$/.test(code)) {
    return respond(policy, "perform_otp", otpForm(email, [wordedIn(language, said("codeFormat"))]), {
      has_errors: true,
    });
  }
  const outcome = await verifyCode(ctx, { purpose: "quote", email, code, policyNumber: policy.policyNumber });
  if (outcome !== "ok")
    return respond(policy, "perform_otp", otpForm(email, [wordedIn(language, said(MESSAGES[outcome]))]), {
      has_errors: true,
    });

  const facts = customerFacts(product, policy.answers);
  const customer = await findOrCreateCustomer(ctx, { email, firstName: facts.first_name, lastName: facts.last_name });
  const sequence = sequenceOf(product, policy);
  const after = sequence.findIndex((f) => f.form_id === product.otp?.after_form_id);
  const next = sequence.slice(after + 1).find((f) => !policy.progress.completed.includes(f.form_id)) ?? null;
  const verified = { ...policy.progress, otpVerified: true, currentFormId: next?.form_id ?? null };
  const { token, expiresAt } = await issueCustomerToken(ctx, customer.id);
  const signedIn = { customer_token: token, customer_token_expires_at: expiresAt };
  // A referral waiting for a way to reach the applicant happens now that their email is proven.
  const referral = pendingReferral(product, policy.answers, verified, !next);
  if (referral)
    return refer(
      ctx,
      caller,
      product,
      policy,
      { customerId: customer.id, progress: verified },
      referral,
      signedIn,
      language,
    );
  const updated = await savePolicy(
    ctx,
    caller,
    policy,
    { customerId: customer.id, status: next ? STATUS.new : STATUS.quoted, progress: verified },
    "Email verified",
  );
  return respond(
    updated,
    next ? "continue" : "complete",
    next ? presentForm(next, updated.answers[next.form_id]) : null,
    signedIn,
  );
}
