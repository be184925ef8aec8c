import Decimal from "decimal.js";
import type { AppContext } from "../../context";
import type { PaymentRow, PolicyRow } from "../../storage/rows";
import { getProduct } from "../../products";
import { newToken } from "../../security/tokens";
import { todayISO } from "../../../contract/rules";
import { STATUS } from "../../../contract/lifecycle";
import { fixed } from "../money";
import { quoteRefund } from "../refund";
import type { RefundQuote } from "../../../contract/refund";

/** A refund is a payment record with a negative amount and this status; its itemised quote is kept with it. */
export const REFUNDED = "refunded";

/** The refund a cancellation on `terminationDate`, asked for on `requestedOn`, gives; null for a policy never paid. */
export async function refundFor(
  ctx: AppContext,
  policy: PolicyRow,
  terminationDate: string,
  requestedOn: string,
): Promise<RefundQuote | null> {
  const product = getProduct(policy.productSlug);
  if (!product || !policy.pricing || !policy.startDate || !policy.endDate) return null;
  const [versions, paid] = await Promise.all([
    ctx.stores.policies.versions(policy.policyNumber),
    paidSoFar(ctx, policy.policyNumber),
  ]);
  const bought = versions.find((v) => v.status === STATUS.active);
  return quoteRefund({
    pricing: policy.pricing,
    startDate: policy.startDate,
    endDate: policy.endDate,
    terminationDate,
    purchasedOn: bought ? bought.changedAt.slice(0, 10) : policy.startDate,
    requestedOn,
    terms: product.cancellation,
    // No claims are recorded by this service yet: every policy is claim-free.
    claimed: false,
    paid,
  });
}

/** What the policy's payments came to: settled payments less refunds made. */
export async function paidSoFar(ctx: AppContext, policyNumber: string): Promise<string> {
  const payments = await ctx.stores.payments.forPolicy(policyNumber);
  const paid = payments
    .filter((p) => p.status === "succeeded" || p.status === REFUNDED)
    .reduce((sum, p) => sum.plus(p.amount), new Decimal(0));
  return fixed(paid);
}

/** The day the waiting cancellation request was made (it decides the cooling-off period), else today. */
export async function requestedOn(ctx: AppContext, policy: PolicyRow): Promise<string> {
  if (policy.status === STATUS.cancellationRequested) {
    const versions = await ctx.stores.policies.versions(policy.policyNumber);
    const asked = versions.findLast(
      (v, i) => v.status === STATUS.cancellationRequested && versions[i - 1]?.status !== v.status,
    );
    if (asked) return asked.changedAt.slice(0, 10);
  }
  return todayISO(ctx.now());
}

/** The refund already made for a cancelled policy, as quoted when it was made. */
export async function recordedRefund(ctx: AppContext, policyNumber: string): Promise<RefundQuote | null> {
  const payments = await ctx.stores.payments.forPolicy(policyNumber);
  return payments.findLast((p) => p.status === REFUNDED)?.gatewayResult?.refund ?? null;
}

/** Records the refund as a settled payment of minus its total on the cancelled version. */
export async function recordRefund(ctx: AppContext, cancelled: PolicyRow, quote: RefundQuote): Promise<PaymentRow> {
  const now = ctx.now().toISOString();
  const row = {
    token: newToken(24),
    policyNumber: cancelled.policyNumber,
    mode: "refund",
    amount: fixed(new Decimal(quote.total_refund).negated()),
    currency: quote.currency,
    returnUrl: "",
    policyVersionId: cancelled.versionId,
    status: REFUNDED,
    gatewayResult: { approved: true, reason: "Refund on cancellation", payerName: "", last4: "", refund: quote },
    reference: `RF-${cancelled.policyNumber}-${cancelled.versionSeq}`,
    approvalCode: null,
    failureReason: null,
    createdAt: now,
    processedAt: now,
  };
  await ctx.stores.payments.insert(row);
  return row as PaymentRow;
}
