import type { SubmitRequest, SubmitResponse } from "../../../contract/journey";
import { todayISO, validateForm, withErrors, withRuleLanguage, type ValidationResult } from "../../../contract/rules";
import type { Answers } from "../../../contract/form";
import { DEFAULT_LOCALE, type Locale } from "../../../contract/locales";
import { offeredLanguage, productText, productTexts, translated } from "../../products/translations";
import { RULE_LANGUAGES } from "../../messages/rules";
import type { AppContext } from "../../context";
import { conflict, invalid, notFound, said } from "../errors";
import type { Caller } from "../../security/caller";
import { loadVisible, loadVisiblePolicy } from "../../security/access";
import type { PolicyRow } from "../../storage/rows";
import type { ProductDefinition } from "../../products/definition";
import { priceQuote } from "../pricing";
import { underwrite } from "../underwriting";
import { pendingReferral, refer } from "./referral-step";
import { customerFacts, otpEmail } from "../policy-facts";
import { answersOf, OTP_FORM_ID, presentForm, sequenceOf, type FormDef } from "./forms";
import { describe, rejectedDescription, respond } from "./respond";
import { savePolicy, startQuote, type Distribution } from "./save";
import { fileErrors } from "./file-refs";
import { sendQuoteCode, submitOtp } from "./otp-step";
import { closedReason, stillComplete } from "./progress";
import { crossFieldErrors } from "./cross-checks";
import { STATUS, OPEN_QUOTE, isStatusIn } from "../../../contract/lifecycle";

export async function submitForm(
  ctx: AppContext,
  caller: Caller,
  product: ProductDefinition,
  body: SubmitRequest,
  wanted: Locale = DEFAULT_LOCALE,
): Promise<SubmitResponse> {
  const n = body.policy_number;
  // A code is used up as it is checked, before the quote is written: that step always reads the quote afresh.
  if (!n || body.form.form_id === OTP_FORM_ID) {
    return submitOver(ctx, caller, product, body, wanted, n ? await loadVisiblePolicy(ctx, caller, n) : null);
  }
  let kept = false;
  let wrote = false;
  try {
    const read = await loadVisible(
      ctx,
      caller,
      n,
      async (number) => {
        const found = await ctx.stores.policies.getToChange(number);
        kept = found?.current === false;
        return found;
      },
      (found) => found.row,
    );
    if (!kept) return await submitOver(ctx, caller, product, body, wanted, read.row);
    // The quote as this instance last saw it, which another may have changed since: it is good for a step that
    // saves (the write checks the version it was read at); any other outcome is answered again from a fresh read.
    const response = await submitOver(
      whenWritten(ctx, () => (wrote = true)),
      caller,
      product,
      body,
      wanted,
      read.row,
    );
    if (wrote) return response;
  } catch (e) {
    if (!kept || wrote) throw e;
  }
  return submitOver(ctx, caller, product, body, wanted, await loadVisiblePolicy(ctx, caller, n));
}

/** `ctx` whose policy writes, once done, call `written`. */
function whenWritten(ctx: AppContext, written: () => void): AppContext {
  const policies = ctx.stores.policies;
  const update: typeof policies.update = async (...args) => {
    const row = await policies.update(...args);
    written();
    return row;
  };
  return { ...ctx, stores: { ...ctx.stores, policies: { ...policies, update } } };
}

/** One submit over `found` (a quote already found visible to the caller), or a new quote when there is none. */
async function submitOver(
  ctx: AppContext,
  caller: Caller,
  product: ProductDefinition,
  body: SubmitRequest,
  wanted: Locale,
  found: PolicyRow | null,
): Promise<SubmitResponse> {
  const language = offeredLanguage(product.slug, wanted);
  const slug = product.slug;
  const nameIn = (l: Locale) => productText(slug, l, product.name);
  let policy = found;
  let quoteToken: string | null = null;
  if (policy && policy.productSlug !== product.slug)
    throw notFound(
      said("quoteNotForProduct", (l) => ({ policyNumber: policy!.policyNumber, product: nameIn(l) }), slug),
    );
  if (policy) assertEditable(policy);
  if (body.form.form_id === OTP_FORM_ID) {
    if (!policy) throw invalid(said("otpNeedsPolicy", {}, slug));
    return submitOtp(ctx, caller, product, policy, answersOf(body.form), language);
  }

  const sequence = sequenceOf(product, policy);
  const index = sequence.findIndex((f) => f.form_id === body.form.form_id);
  if (index < 0) throw invalid(said("noStep", (l) => ({ step: body.form.form_id, product: nameIn(l) }), slug));
  const closed = closedReason(product, policy, sequence, index);
  if (closed) throw conflict(closed);
  const def = sequence[index];
  const posted = answersOf(body.form);
  const today = todayISO(ctx.now());
  const result = validateIn(language, product, def, posted, today);
  if (result.ok) mergeErrors(result, crossFieldErrors(product, def, result.values));
  mergeErrors(result, await fileErrors(ctx, policy?.policyNumber ?? null, def, result.values));

  if (!policy)
    ({ policy, quoteToken } = await startQuote(ctx, caller, product, def.form_id, distributionOf(body), language));
  if (!result.ok) {
    return respond(policy, "continue", withErrors(presentForm(def, policy.answers[def.form_id]), posted, result), {
      has_errors: true,
      quote_token: quoteToken,
      description: describe(def),
    });
  }

  const answers = { ...policy.answers, [def.form_id]: result.values };
  const completed = stillComplete(sequence, answers, policy.progress.completed, today, def.form_id);
  const facts = customerFacts(product, answers);
  const base: Partial<PolicyRow> = {
    answers,
    pricing: priceQuote(product, answers),
    customerName: [facts.first_name, facts.last_name].filter(Boolean).join(" "),
    customerFirstName: facts.first_name ?? "",
    customerLastName: facts.last_name ?? "",
    customerEmail: facts.email ?? null,
    // A quote started before signing in becomes the signed-in customer's (they hold its quote token too),
    // so their account lists it and they can continue it on any device.
    ...(caller.kind === "customer" && !caller.policyScope && !policy.customerId
      ? { customerId: caller.customerId }
      : {}),
  };
  // A changed email address is checked again: the code proved the old one, not this one.
  const emailChanged = otpEmail(product, answers) !== otpEmail(product, policy.answers);
  const progress = {
    ...policy.progress,
    completed,
    confirmedAt: null,
    otpVerified: policy.progress.otpVerified && !emailChanged,
  };
  const extra = { quote_token: quoteToken };

  const verdict = underwrite(product, answers);
  if (verdict?.outcome === "rejected") {
    policy = await savePolicy(
      ctx,
      caller,
      policy,
      {
        ...base,
        status: STATUS.declined,
        progress: { ...progress, outcome: "rejected", outcomeMessage: verdict.message, currentFormId: null },
      },
      "Application declined",
    );
    const message = productText(product.slug, language, verdict.message);
    return respond(policy, "rejected", null, { ...extra, description: rejectedDescription(message, language) });
  }
  const next = sequence[index + 1] ?? null;
  const referral = pendingReferral(product, answers, progress, !next);
  if (referral) {
    const patch = { ...base, progress: { ...progress, currentFormId: next?.form_id ?? null } };
    return refer(ctx, caller, product, policy, patch, referral, extra, language);
  }

  if (product.otp?.after_form_id === def.form_id && !progress.otpVerified) {
    policy = await savePolicy(ctx, caller, policy, { ...base, progress: { ...progress, currentFormId: OTP_FORM_ID } });
    const sent = await sendQuoteCode(ctx, product, policy);
    return respond(policy, "perform_otp", sent.form, extra);
  }

  const status = next ? STATUS.new : STATUS.quoted;
  policy = await savePolicy(
    ctx,
    caller,
    policy,
    { ...base, status, progress: { ...progress, currentFormId: next?.form_id ?? null } },
    next ? undefined : "Quote completed",
  );
  const nextForm = next ? presentForm(next, answers[next.form_id]) : null;
  const display = (def as { display_after?: { title: string; content: string } | null }).display_after;
  if (display) {
    return respond(policy, "display", nextForm, {
      ...extra,
      content_data: { title: display.title, content: display.content, redirect_to: null },
      description: describe(next ?? undefined),
    });
  }
  return respond(policy, next ? "continue" : "complete", nextForm, {
    ...extra,
    description: describe(next ?? undefined),
  });
}

/** The rules engine's messages in the answer's language, naming each field by its title in that language. */
function validateIn(language: Locale, product: ProductDefinition, def: FormDef, posted: Answers, today: string) {
  const texts = productTexts(product.slug, language);
  const shown = texts ? translated(def, texts) : def;
  return withRuleLanguage(RULE_LANGUAGES[language], () => validateForm(shown, posted, { today }));
}

function mergeErrors(result: ValidationResult, extra: Record<string, string[]>) {
  for (const [name, messages] of Object.entries(extra)) {
    result.fieldErrors[name] = [...(result.fieldErrors[name] ?? []), ...messages];
    result.ok = false;
  }
}

/** Answers can change only while the quote is being built. */
export function assertEditable(policy: PolicyRow) {
  const about = { policyNumber: policy.policyNumber };
  if (policy.progress.outcome === "rejected") throw conflict(said("declinedNoChange", about, policy.productSlug));
  if (policy.status === STATUS.pendingApproval) throw conflict(said("awaitingNoChange", about, policy.productSlug));
  if (!isStatusIn(OPEN_QUOTE, policy.status)) {
    const key = policy.status === STATUS.active ? "activeNoChange" : "closedNoChange";
    throw conflict(said(key, about, policy.productSlug));
  }
}

const orNull = (v: string | null | undefined) => (v ? v : null);

function distributionOf(body: SubmitRequest): Distribution {
  return {
    partnership: orNull(body.partnership),
    distributorId: orNull(body.distributor_id),
    touchpointId: orNull(body.touchpoint_id),
    referrerUrl: orNull(body.referrer_url),
  };
}
