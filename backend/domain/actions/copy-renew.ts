import { removeRecurringRequestSchema } from "../../../contract/actions";
import { todayISO } from "../../../contract/rules";
import type { AppContext } from "../../context";
import { conflict, notFound } from "../errors";
import { parseWith } from "../parse";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
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
import { STATUS, RENEWABLE, isStatusIn } from "../../../contract/lifecycle";

/** A new quote from an existing policy's answers: a copy, or a renewal that asks the renewal steps again. */
async function derive(ctx: AppContext, caller: Caller, source: PolicyRow, kind: "copy" | "renewal") {
  const product = getProduct(source.productSlug);
  if (!product) throw notFound(`The product of policy ${source.policyNumber} is no longer sold.`);
  const isRenewal = kind === "renewal";
  const answers = withoutFiles(product, source.answers);
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
      by: actorName(caller),
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

export async function renewPolicy(ctx: AppContext, caller: Caller, policyNumber: string) {
  const source = await loadVisiblePolicy(ctx, caller, policyNumber, { write: true });
  if (!isStatusIn(RENEWABLE, source.status))
    throw conflict(`Only an active or expired policy can be renewed; ${source.policyNumber} is neither.`);
  return derive(ctx, caller, source, "renewal");
}

export async function removeRecurringPayment(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  requirePermission(caller, "remove_recurring_payment");
  const { comment } = parseWith(removeRecurringRequestSchema, input);
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  if (!policy.recurringPayment) throw notFound(`Policy ${policy.policyNumber} has no recurring payment.`);
  await ctx.stores.policies.update(
    policy,
    { recurringPayment: false },
    { by: actorName(caller), at: ctx.now().toISOString(), reason: "Recurring payment removed", note: comment },
  );
  return { success: true, policy_number: policy.policyNumber };
}
