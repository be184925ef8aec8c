import Decimal from "decimal.js";
import type { Answers, Field } from "../../../contract/form";
import {
  endorsementQuoteRequestSchema,
  endorsementRequestSchema,
  type EndorsementAdjustment,
  type EndorsementForms,
} from "../../../contract/endorsement";
import { STATUS } from "../../../contract/lifecycle";
import { formatLongDate, isISODate, todayISO, validateForm } from "../../../contract/rules";
import { answerText } from "../../../contract/format/answer-text";
import { formatMoney } from "../../../contract/format/money";
import type { AppContext } from "../../context";
import { queueEmail } from "../../mail/outbox";
import { getProduct } from "../../products";
import type { ProductDefinition, QuoteAnswers } from "../../products/definition";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import { newToken } from "../../security/tokens";
import type { PaymentRow, PendingChange, PolicyRow } from "../../storage/rows";
import { quoteAdjustment } from "../endorsement";
import { conflict, DomainError, forbidden, invalid } from "../errors";
import { crossFieldErrors } from "../journey/cross-checks";
import { presentForm, type FormDef } from "../journey/forms";
import { actorName } from "../journey/save";
import { fixed } from "../money";
import { parseWith } from "../parse";
import { isTrustedReturn } from "../payments";
import { customerFacts } from "../policy-facts";
import { priceQuote } from "../pricing";
import { underwrite, referralInputs } from "../underwriting";
import { paidSoFar, REFUNDED } from "./cancellation-refund";
import { guarded, loadForChange } from "./guard";
import {
  canEndorse,
  changeableAnswers,
  ENDORSED,
  ENDORSEMENT_PAYMENT,
  referredChange,
  whoMayChange,
} from "../endorsable";

function assertEndorsable(policy: PolicyRow, caller: Caller): ProductDefinition {
  if (policy.status !== STATUS.active)
    throw conflict(`Only an active policy can be changed; ${policy.policyNumber} is not active.`);
  if (!canEndorse(policy, caller))
    throw forbidden(
      `Policy ${policy.policyNumber} can't be changed online. Please contact us and we'll make the change for you.`,
    );
  return getProduct(policy.productSlug)!;
}

/** The first day a change may take effect for this caller: today for a customer, the first day of cover for staff. */
function effectiveRange(ctx: AppContext, policy: PolicyRow, caller: Caller) {
  const today = todayISO(ctx.now());
  const start = policy.startDate!;
  const earliest = caller.kind === "customer" && today > start ? today : start;
  return { earliest, latest: policy.endDate!, today };
}

/** The forms with only what this caller may change, pre-filled with the policy's answers. */
export async function endorsementForms(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
): Promise<EndorsementForms> {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  const product = assertEndorsable(policy, caller);
  const allowed = changeableAnswers(product, caller);
  const { earliest, latest } = effectiveRange(ctx, policy, caller);
  const forms = product.forms
    .map((def) => ({ ...def, fields: def.fields.filter((f) => allowed.has(`${def.form_id}.${f.name}`)) }) as FormDef)
    .filter((def) => def.fields.length > 0)
    .map((def) => presentForm(def, policy.answers[def.form_id]));
  return {
    policy_number: policy.policyNumber,
    version_id: policy.versionId,
    forms,
    earliest_effective_date: earliest,
    latest_effective_date: latest,
    currency: product.pricing.currency,
  };
}

type Prepared = {
  product: ProductDefinition;
  answers: QuoteAnswers;
  adjustment: EndorsementAdjustment;
  changes: { form_id: string; name: string; title: string; before: string; after: string }[];
  pricing: NonNullable<PolicyRow["pricing"]>;
};

function answerErrors(errors: Record<string, Record<string, string[]>>): never {
  const first = Object.values(errors).flatMap((byField) => Object.values(byField).flat())[0];
  throw new DomainError("invalid", "invalid_answers", `Please check your answers: ${first}`, { errors });
}

/** Checks the new answers with the product's own rules and prices the rest of the term. */
async function prepare(
  ctx: AppContext,
  caller: Caller,
  policy: PolicyRow,
  body: { effective_date?: string; answers: Record<string, Answers> },
): Promise<Prepared> {
  const product = assertEndorsable(policy, caller);
  const allowed = changeableAnswers(product, caller);
  const { earliest, latest, today } = effectiveRange(ctx, policy, caller);
  const effective = body.effective_date ?? earliest;
  if (!isISODate(effective)) throw invalid("effective_date must be a real date like 2026-12-31.");
  if (caller.kind === "customer" && effective < today)
    throw invalid(
      `effective_date ${effective} is before today: a change you make starts on ${formatLongDate(today)} or later.`,
    );
  if (effective < policy.startDate!)
    throw invalid(
      `effective_date ${effective} is before the cover starts (${formatLongDate(policy.startDate!)}): ` +
        `choose ${policy.startDate} or later.`,
    );
  if (effective > latest)
    throw invalid(
      `effective_date ${effective} is after the cover ends (${formatLongDate(latest)}): choose ${latest} or earlier.`,
    );

  const answers: QuoteAnswers = { ...policy.answers };
  const errors: Record<string, Record<string, string[]>> = {};
  const changes: Prepared["changes"] = [];
  const money = (amount: string) => formatMoney(amount, product.pricing.currency);
  for (const [formId, posted] of Object.entries(body.answers)) {
    const def = product.forms.find((f) => f.form_id === formId);
    if (!def) throw invalid(`There is no form "${formId}" in ${product.name}.`);
    for (const name of Object.keys(posted)) {
      const field = def.fields.find((f) => f.name === name);
      if (!field) throw invalid(`There is no question "${name}" in "${def.form_name}".`);
      if (!allowed.has(`${formId}.${name}`))
        throw forbidden(whoMayChange(product, caller, `${formId}.${name}`, field.title));
    }
    const current = policy.answers[formId] ?? {};
    const result = validateForm(def as { fields: Field[] }, { ...current, ...posted }, { today });
    const extra = crossFieldErrors(product, def, result.values);
    const mine = (name: string) => allowed.has(`${formId}.${name}`) && name in posted;
    const fieldErrors: Record<string, string[]> = {};
    for (const [name, list] of [...Object.entries(result.fieldErrors), ...Object.entries(extra)])
      if (mine(name)) fieldErrors[name] = [...(fieldErrors[name] ?? []), ...list];
    for (const item of result.itemErrors)
      if (mine(item.group))
        fieldErrors[item.group] = [...(fieldErrors[item.group] ?? []), `Item ${item.index + 1}: ${item.errors[0]}`];
    if (Object.keys(fieldErrors).length) {
      errors[formId] = fieldErrors;
      continue;
    }
    const next: Answers = { ...current };
    for (const name of Object.keys(posted)) {
      if (name in result.values) next[name] = result.values[name];
      else delete next[name]; // hidden now by the answer it depends on
    }
    answers[formId] = next;
    for (const field of def.fields as Field[]) {
      if (!(field.name in posted)) continue;
      const opts = product.money_fields.includes(`${formId}.${field.name}`) ? { money } : {};
      const [was, now] = [current[field.name], next[field.name]];
      if (JSON.stringify(was ?? null) === JSON.stringify(now ?? null)) continue;
      const text = (v: unknown) =>
        field.type === "group" ? `${Array.isArray(v) ? v.length : 0} item(s)` : answerText(field, v, opts) || "(none)";
      changes.push({ form_id: formId, name: field.name, title: field.title, before: text(was), after: text(now) });
    }
  }
  if (Object.keys(errors).length) answerErrors(errors);
  if (!changes.length) throw invalid("Nothing has changed: change at least one answer first.");

  const verdict = underwrite(product, answers);
  if (verdict?.outcome === "rejected") throw invalid(`We can't make this change: ${verdict.message}`);
  const underwriter = caller.kind === "user" && caller.permissions.includes("approve_referrals");
  if (verdict && !underwriter && referralInputs(product, answers) !== referralInputs(product, policy.answers))
    throw invalid(referredChange(caller, verdict.message.replace(/\.$/, "")));

  const pricing = priceQuote(product, answers);
  if (!pricing) throw invalid("These answers can't be priced; please check them.");
  const adjustment = quoteAdjustment({
    before: policy.pricing!,
    after: pricing,
    startDate: policy.startDate!,
    endDate: policy.endDate!,
    effectiveDate: effective,
    paid: await paidSoFar(ctx, policy.policyNumber),
  });
  return { product, answers, adjustment, changes, pricing };
}

/** What a change would cost or give back for the rest of the term, itemised; nothing changes. */
export async function quoteEndorsement(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  const body = parseWith(endorsementQuoteRequestSchema, input);
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  const { adjustment, changes } = await prepare(ctx, caller, policy, body as Parameters<typeof prepare>[3]);
  return { policy_number: policy.policyNumber, changes, ...adjustment };
}

/**
 * Makes the change: a new version of the policy with the new answers and price, its reason, who and when; a refund
 * recorded as a negative payment, or an additional premium to pay through the gateway (the answer's `payment`).
 */
export async function applyEndorsement(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  versionId: string,
  input: unknown,
) {
  const body = parseWith(endorsementRequestSchema, input);
  const policy = await loadForChange(ctx, caller, policyNumber, versionId);
  const { product, answers, adjustment, changes, pricing } = await prepare(
    ctx,
    caller,
    policy,
    body as Parameters<typeof prepare>[3],
  );
  if (adjustment.direction === "charge" && !(body.return_url && isTrustedReturn(ctx, body.return_url)))
    throw invalid("return_url must be an address on a site this service trusts, to come back to after paying.");
  const facts = customerFacts(product, answers);
  const change: PendingChange = {
    answers,
    pricing,
    customer: {
      name: [facts.first_name, facts.last_name].filter(Boolean).join(" "),
      firstName: facts.first_name ?? "",
      lastName: facts.last_name ?? "",
      email: facts.email ?? null,
    },
    by: actorName(caller),
    at: ctx.now().toISOString(),
    reason: body.reason,
    changes,
    adjustment,
  };
  const endorsement = { policy_number: policy.policyNumber, changes, ...adjustment };
  if (adjustment.direction === "charge") {
    // Nothing changes until the additional premium is paid: the gateway's return settles it (payments.ts).
    const payment = pendingPayment(policy, change, body.return_url!);
    await guarded(ctx, caller, policy.policyNumber, () => ctx.stores.payments.insert(payment));
    return {
      policyNumber: policy.policyNumber,
      endorsement,
      payment: {
        amount: payment.amount,
        currency: payment.currency,
        status: payment.status,
        redirect_url: ctx.gateway.hostedPageUrl(payment.token, body.return_url!),
      },
    };
  }
  const { changed, payment } = await guarded(ctx, caller, policy.policyNumber, () =>
    ctx.transaction(async (tx) => {
      const changed = await commitChange(tx, policy, change);
      const payment = adjustment.direction === "refund" ? refundFor(changed, change) : null;
      if (payment) await tx.stores.payments.insert(payment);
      return { changed, payment };
    }),
  );
  return {
    policyNumber: changed.policyNumber,
    endorsement,
    payment: payment
      ? { amount: payment.amount, currency: payment.currency, status: payment.status, redirect_url: null }
      : null,
  };
}

/**
 * Makes a change on the policy (a new version with its reason, who and when, and the endorsement record) and
 * emails the customer. Run inside the caller's transaction: at once for a change that costs nothing more, or when
 * its additional premium is paid.
 */
export async function commitChange(ctx: AppContext, policy: PolicyRow, change: PendingChange): Promise<PolicyRow> {
  const { adjustment, changes } = change;
  const summary = changes.map((c) => `${c.title}: ${c.before} → ${c.after}`).join("; ");
  const changed = await ctx.stores.policies.update(
    policy,
    {
      answers: change.answers,
      pricing: change.pricing,
      customerName: change.customer.name,
      customerFirstName: change.customer.firstName,
      customerLastName: change.customer.lastName,
      customerEmail: change.customer.email ?? policy.customerEmail,
    },
    {
      by: change.by,
      at: change.at,
      reason: `${ENDORSED} from ${formatLongDate(adjustment.effective_date)}`,
      note: `${change.reason} (${summary})`,
    },
  );
  await ctx.stores.policies.addEndorsement({
    policyNumber: changed.policyNumber,
    seq: changed.versionSeq,
    versionId: changed.versionId,
    effectiveDate: adjustment.effective_date,
    reason: change.reason,
    changedBy: change.by,
    changedAt: change.at,
    changes,
    adjustment,
  });
  const amount = formatMoney(new Decimal(adjustment.total_difference).abs().toFixed(2), adjustment.currency);
  const moneyLine =
    adjustment.direction === "charge"
      ? ` You paid ${amount} for the rest of your cover.`
      : adjustment.direction === "refund"
        ? ` We'll refund ${amount} to you for the rest of your cover.`
        : " The price doesn't change.";
  if (changed.customerEmail)
    await queueEmail(ctx, {
      to: changed.customerEmail,
      subject: "Your policy has been changed",
      body:
        `Policy ${changed.policyNumber} has been changed from ${formatLongDate(adjustment.effective_date)}: ` +
        `${summary}.${moneyLine} Your updated certificate and endorsement schedule are in your account.`,
      kind: "policy_update",
      policyNumber: changed.policyNumber,
    });
  return changed;
}

const paymentBase = (policy: PolicyRow, change: PendingChange) => ({
  token: newToken(24),
  policyNumber: policy.policyNumber,
  mode: ENDORSEMENT_PAYMENT,
  amount: fixed(change.adjustment.total_difference),
  currency: change.adjustment.currency,
  policyVersionId: policy.versionId,
  createdAt: change.at,
  approvalCode: null,
  failureReason: null,
});

/** An additional premium for the version the change was priced on; the change waits on it. */
function pendingPayment(policy: PolicyRow, change: PendingChange, returnUrl: string): PaymentRow {
  return {
    ...paymentBase(policy, change),
    returnUrl,
    status: "pending",
    gatewayResult: null,
    pendingChange: change,
    reference: null,
    processedAt: null,
  };
}

/** A refund on a change is settled at once (a negative amount) on the changed version. */
function refundFor(changed: PolicyRow, change: PendingChange): PaymentRow {
  return {
    ...paymentBase(changed, change),
    returnUrl: "",
    status: REFUNDED,
    gatewayResult: {
      approved: true,
      reason: "Refund on a change",
      payerName: "",
      last4: "",
      endorsement: change.adjustment,
    },
    pendingChange: null,
    reference: `EN-${changed.policyNumber}-${changed.versionSeq}`,
    processedAt: change.at,
  };
}
