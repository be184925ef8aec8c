import { removeRecurringRequestSchema } from "../../../contract/actions";
import { formatLongDate, todayISO } from "../../../contract/rules";
import type { AppContext } from "../../context";
import { conflict, notFound } from "../errors";
import { parseWith } from "../parse";
import type { Caller } from "../../security/caller";
import { canSee, loadVisiblePolicy } from "../../security/access";
import type { PolicyRow } from "../../storage/rows";
import { hashToken, newToken } from "../../security/tokens";
import { getProduct } from "../../products";
import type { ProductDefinition, QuoteAnswers } from "../../products/definition";
import { priceQuote } from "../pricing";
import { underwrite } from "../underwriting";
import { sequenceOf } from "../journey/forms";
import { stillComplete } from "../journey/progress";
import { actorName, freshProgress } from "../journey/save";
import { requirePermission } from "./guard";
import { STATUS, BEING_BOUGHT, ISSUED, isStatusIn } from "../../../contract/lifecycle";
import { addDays, daysBetween } from "../refund";
import { inRenewalWindow, renewalOpensOn, renewalStartsOn, RENEWAL_WINDOW_DAYS } from "../renewal-window";

/** A new quote from an existing policy's answers: a copy, or a renewal that asks the renewal steps again. */
async function derive(
  ctx: AppContext,
  caller: Caller,
  source: PolicyRow,
  kind: "copy" | "renewal",
  by = actorName(caller),
) {
  const product = getProduct(source.productSlug);
  if (!product) throw notFound(`The product of policy ${source.policyNumber} is no longer sold.`);
  const isRenewal = kind === "renewal";
  const answers = isRenewal ? withRenewalDates(product, source) : withoutFiles(product, source.answers);
  const verdict = underwrite(product, answers);
  if (source.status === STATUS.declined || verdict?.outcome === "rejected")
    throw conflict(
      `Application ${source.policyNumber} was declined, so it can't be copied. Start a new quote instead.`,
    );
  const sequence = sequenceOf(product, { isRenewal });
  const completed = isRenewal ? [] : stillComplete(sequence, answers, source.progress.completed, todayISO(ctx.now()));
  // Answers an underwriter must see can't skip one: the copy stops at its last step, whose answer refers it.
  const current =
    sequence.find((f) => !completed.includes(f.form_id))?.form_id ??
    (verdict?.outcome === "referred" ? sequence[sequence.length - 1].form_id : null);
  const quoteToken = newToken();
  const policy = await ctx.stores.policies.create(
    {
      ...source,
      answers,
      status: current ? STATUS.new : STATUS.quoted,
      quoteTokenHash: hashToken(quoteToken),
      soldByUserId: caller.kind === "user" ? caller.userId : source.soldByUserId,
      renewedFromPolicyNumber: isRenewal ? source.policyNumber : null,
      isRenewal,
      progress: {
        ...freshProgress(current),
        completed,
        otpVerified: source.progress.otpVerified || !!source.customerId,
      },
      pricing: priceQuote(product, answers),
      paymentMode: null,
      recurringPayment: false,
      startDate: null,
      endDate: null,
      cancellationReason: null,
      terminationDate: null,
    },
    {
      by,
      at: ctx.now().toISOString(),
      reason: isRenewal ? `Renewal of ${source.policyNumber}` : `Copied from ${source.policyNumber}`,
    },
  );
  return { policy_number: policy.policyNumber, product_slug: policy.productSlug, quote_token: quoteToken };
}

/** Files belong to the policy they were uploaded to: a new quote asks for them again. */
function withoutFiles(product: ProductDefinition, answers: QuoteAnswers): QuoteAnswers {
  const out: QuoteAnswers = {};
  for (const form of product.forms) {
    if (!answers[form.form_id]) continue;
    out[form.form_id] = { ...answers[form.form_id] };
    for (const f of form.fields) if (f.type === "async_file") out[form.form_id][f.name] = [];
  }
  return out;
}

export async function copyPolicy(ctx: AppContext, caller: Caller, policyNumber: string) {
  return derive(ctx, caller, await loadVisiblePolicy(ctx, caller, policyNumber, { write: true }), "copy");
}

/** The renewal's cover starts the day after the current term ends (a fixed term keeps its length). */
function withRenewalDates(product: ProductDefinition, source: PolicyRow): QuoteAnswers {
  const answers = withoutFiles(product, source.answers);
  if (!source.endDate) return answers;
  const start = renewalStartsOn(source.endDate);
  const set = (ref: { form_id: string; name: string } | null, value: string) => {
    if (ref) answers[ref.form_id] = { ...answers[ref.form_id], [ref.name]: value };
  };
  set(product.cover.start, start);
  if (product.cover.from === "answers" && source.startDate)
    set(product.cover.end, addDays(start, daysBetween(source.startDate, source.endDate)));
  return answers;
}

/**
 * A renewal is offered only in the window before the cover ends, and a policy has at most one in progress: asking
 * again answers the one already started (with a fresh quote token only for a caller who can't otherwise reach it).
 */
export async function renewPolicy(ctx: AppContext, caller: Caller, policyNumber: string) {
  return startRenewal(ctx, caller, await loadVisiblePolicy(ctx, caller, policyNumber, { write: true }));
}

/** The renewal of a policy already known to be the caller's (or the system's, `by` naming it). */
export async function startRenewal(ctx: AppContext, caller: Caller, source: PolicyRow, by?: string) {
  return ctx.transaction(async (tx) => {
    await tx.stores.rateEvents.lock(`renewal:${source.policyNumber}`);
    const renewals = await tx.stores.policies.renewalsOf(source.policyNumber);
    const open = renewals.find((r) => isStatusIn(BEING_BOUGHT, r.status));
    if (open) return reopen(tx, caller, open);
    const bought = renewals.find((r) => isStatusIn(ISSUED, r.status));
    if (bought)
      throw conflict(`Policy ${source.policyNumber} has already been renewed: the renewal is ${bought.policyNumber}.`);
    if (!inRenewalWindow(source, todayISO(tx.now()))) throw conflict(notRenewableReason(source));
    return derive(tx, caller, source, "renewal", by);
  });
}

function notRenewableReason(source: PolicyRow): string {
  const opens = renewalOpensOn(source);
  if (source.status !== STATUS.active || !opens)
    return `Only an active policy can be renewed; ${source.policyNumber} is not active.`;
  return (
    `Policy ${source.policyNumber} can be renewed from ${formatLongDate(opens)}, ` +
    `${RENEWAL_WINDOW_DAYS} days before its cover ends on ${formatLongDate(source.endDate!)}.`
  );
}

async function reopen(ctx: AppContext, caller: Caller, renewal: PolicyRow) {
  const found = { policy_number: renewal.policyNumber, product_slug: renewal.productSlug };
  if (canSee(caller, renewal, true)) return found;
  const quoteToken = newToken();
  await ctx.stores.policies.update(
    renewal,
    { quoteTokenHash: hashToken(quoteToken) },
    { by: actorName(caller), at: ctx.now().toISOString(), reason: "Renewal reopened" },
  );
  return { ...found, quote_token: quoteToken };
}

export async function removeRecurringPayment(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  requirePermission(caller, "remove_recurring_payment");
  const { comment } = parseWith(removeRecurringRequestSchema, input);
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  if (!policy.recurringPayment) throw notFound(`Policy ${policy.policyNumber} has no recurring payment.`);
  const at = ctx.now().toISOString();
  // The instalments not yet taken are no longer collected: the schedule says so (cancelled).
  await ctx.transaction(async (tx) => {
    await tx.stores.policies.update(
      policy,
      { recurringPayment: false },
      { by: actorName(caller), at, reason: "Recurring payment removed", note: comment },
    );
    await tx.stores.instalments.cancelOpen(policy.policyNumber, at);
  });
  return { success: true, policy_number: policy.policyNumber };
}
