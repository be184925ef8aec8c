import type { Answers, Field } from "../../contract/form";
import type { ConfirmReview, SubmitResponse } from "../../contract/journey";
import { todayISO, validateForm, withErrors, withRuleLanguage } from "../../contract/rules";
import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";
import { offeredLanguage } from "../products/translations";
import { RULE_LANGUAGES } from "../messages/rules";
import type { AppContext } from "../context";
import { conflict, said, type ErrorKey, type Said } from "./errors";
import type { Caller } from "../security/caller";
import { loadVisiblePolicy } from "../security/access";
import type { PolicyRow } from "../storage/rows";
import { getProduct } from "../products";
import type { ProductDefinition } from "../products/definition";
import { paymentAmounts } from "./pricing";
import { coverDates, customerFacts } from "./policy-facts";
import { answersOf, confirmationForm, sequenceOf } from "./journey/forms";
import { respond, statusName } from "./journey/respond";
import { savePolicy } from "./journey/save";
import { allStepsDone } from "./journey/progress";
import { pendingReferral } from "./journey/referral-step";
import { underwrite } from "./underwriting";
import { priceInfo } from "./money";
import { answerText, type AnswerTextOptions } from "../../contract/format/answer-text";
import { formatMoney } from "../documents/money-format";
import { STATUS } from "../../contract/lifecycle";
import { statusIn } from "../messages/status";

/** A quote can be confirmed and paid once every step is done and no underwriter decision is pending. */
export function assertConfirmable(policy: PolicyRow) {
  const about = { policyNumber: policy.policyNumber };
  const refused = (key: ErrorKey, params: Said["params"] = about) => conflict(said(key, params, policy.productSlug));
  if (policy.progress.outcome === "rejected") throw refused("declinedNoBuy");
  if (policy.status === STATUS.pendingApproval) throw refused("awaitingNoBuy");
  if (policy.status === STATUS.active) throw refused("alreadyBought");
  if (policy.status !== STATUS.quoted) {
    const status = statusName(policy.status);
    throw refused("cantConfirm", (l) => ({ ...about, status: statusIn(l, status) }));
  }
  const product = getProduct(policy.productSlug);
  if (!product || policy.progress.currentFormId !== null || !policy.pricing || !allStepsDone(product, policy)) {
    throw refused("stepsToFinish");
  }
  // Whatever way the quote got here, answers that need an underwriter are never bought without one.
  if (
    underwrite(product, policy.answers)?.outcome === "rejected" ||
    pendingReferral(product, policy.answers, policy.progress, true)
  )
    throw refused("needsDecision");
}

/** `wanted`: the language asked for; the form is in it when the quote's product is offered in it. */
export async function reviewQuote(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  wanted: Locale = DEFAULT_LOCALE,
): Promise<ConfirmReview> {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  assertConfirmable(policy);
  const product = getProduct(policy.productSlug)!;
  const language = offeredLanguage(product.slug, wanted);
  const pricing = policy.pricing!;
  const info = priceInfo(pricing);
  return {
    submitted_data: submittedData(product, policy),
    form: confirmationForm(language),
    policy_data: {
      ...info,
      customer_last_name: customerFacts(product, policy.answers).last_name ?? "",
      quote_number: policy.policyNumber,
    },
    price_info: info,
    pricing,
  };
}

export async function confirmQuote(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  form: { fields: Array<{ name: string; value?: unknown }> },
  wanted: Locale = DEFAULT_LOCALE,
): Promise<SubmitResponse> {
  let policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  assertConfirmable(policy);
  const product = getProduct(policy.productSlug)!;
  const language = offeredLanguage(product.slug, wanted);
  const posted = answersOf(form);
  const def = confirmationForm(language);
  const today = todayISO(ctx.now());
  const result = withRuleLanguage(RULE_LANGUAGES[language], () => validateForm(def, posted, { today }));
  if (!result.ok) return respond(policy, "continue", withErrors(def, posted, result), { has_errors: true });
  const pricing = policy.pricing!;
  if (Number(pricing.total) === 0) {
    policy = await savePolicy(
      ctx,
      caller,
      policy,
      { status: STATUS.active, progress: { ...policy.progress, confirmedAt: ctx.now().toISOString() } },
      "Confirmed; nothing to pay",
    );
    return respond(policy, "complete", null);
  }
  policy = await savePolicy(
    ctx,
    caller,
    policy,
    { progress: { ...policy.progress, confirmedAt: ctx.now().toISOString() } },
    "Confirmed by the applicant",
  );
  return respond(policy, "pay", null, {
    payment: {
      amount: pricing.total,
      currency: pricing.currency,
      modes: paymentAmounts(
        product,
        pricing,
        todayISO(ctx.now()),
        coverDates(product, policy.answers, todayISO(ctx.now())).start_date,
      ),
    },
  });
}

/** {form title: {field title: value as a person reads it}} for every answered step. */
export function submittedData(product: ProductDefinition, policy: PolicyRow): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const money = (amount: string) => formatMoney(amount, product.pricing.currency);
  for (const def of sequenceOf(product, policy)) {
    const saved = policy.answers[def.form_id];
    if (!saved) continue;
    const isMoney = (path: string) => product.money_fields.includes(`${def.form_id}.${path}`);
    out[def.form_name] = readable(def.fields as Field[], saved, (path) => (isMoney(path) ? { money } : {}));
  }
  return out;
}

type Options = (path: string) => AnswerTextOptions;

function readable(fields: Field[], saved: Answers, options: Options, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.type === "content" || f.type === "hidden" || !(f.name in saved)) continue;
    const value = saved[f.name];
    out[f.title || f.name] =
      f.type === "group"
        ? ((value as Answers[]) ?? []).map((item) => readable((f.fields ?? []) as Field[], item, options, `${f.name}.`))
        : answerText(f, value, options(`${prefix}${f.name}`));
  }
  return out;
}
