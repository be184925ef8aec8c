import { and, eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { conflict, invalid, notFound } from "../http/errors";
import type { Caller } from "../security/caller";
import { loadVisiblePolicy } from "../security/access";
import { newToken } from "../security/tokens";
import { payments, type PaymentRow } from "../storage/schema";
import { getProduct } from "../products";
import { paymentAmounts } from "./pricing";
import { assertConfirmable } from "./confirm";
import { issuePolicy, PaymentSuperseded } from "./issue-policy";
import { StaleVersionError } from "../storage/policies";
import { isLoopbackHost } from "../production-checks";

export function isTrustedReturn(ctx: AppContext, returnUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(returnUrl);
  } catch {
    return false;
  }
  if (!["http:", "https:"].includes(url.protocol)) return false;
  if (ctx.config.returnOrigins.includes(url.origin)) return true;
  return isLoopbackHost(url.hostname) && ctx.config.NODE_ENV !== "production";
}

export async function createPaymentToken(ctx: AppContext, caller: Caller, q: { policy_number: string; payment_mode: string; return_url: string }) {
  const policy = await loadVisiblePolicy(ctx, caller, q.policy_number);
  assertConfirmable(policy);
  if (!policy.progress.confirmedAt) throw conflict(`Confirm quote ${policy.policyNumber} before paying for it.`);
  const modes = paymentAmounts(getProduct(policy.productSlug)!, policy.pricing!);
  const mode = modes.find((m) => m.id === q.payment_mode);
  if (!mode) throw invalid(`payment_mode must be one of: ${modes.map((m) => m.id).join(", ")}.`);
  if (!isTrustedReturn(ctx, q.return_url)) throw invalid("return_url must be an address on a site this service is configured to trust.");
  const token = newToken(24);
  await ctx.db.insert(payments).values({
    token,
    policyNumber: policy.policyNumber,
    mode: mode.id,
    amount: mode.amount,
    currency: policy.pricing!.currency,
    returnUrl: q.return_url,
    policyVersionId: policy.versionId,
    status: "pending",
    gatewayResult: null,
    createdAt: ctx.now().toISOString(),
  });
  return { token, redirect_url: gatewayPage(ctx, token, q.return_url), amount: mode.amount, currency: policy.pricing!.currency };
}

/** The real gateway's hosted page when configured (always in production); otherwise the sandbox's, via the web app. */
function gatewayPage(ctx: AppContext, token: string, returnUrl: string): string {
  if (ctx.config.PAYMENT_GATEWAY_URL) {
    const url = new URL(ctx.config.PAYMENT_GATEWAY_URL);
    url.searchParams.set("token", token);
    return url.href;
  }
  return new URL(`/api/v3/payment/sandbox/${token}/`, returnUrl).href;
}

export async function findPayment(ctx: AppContext, token: string): Promise<PaymentRow> {
  const [row] = await ctx.db.select().from(payments).where(eq(payments.token, token)).limit(1);
  if (!row) throw notFound("This payment link is not valid. Go back to your quote to start the payment again.");
  return row;
}

/** The gateway's verdict on the card, recorded before the customer is sent back through `process`. */
export async function recordGatewayResult(ctx: AppContext, token: string, result: NonNullable<PaymentRow["gatewayResult"]>) {
  await ctx.db.update(payments).set({ gatewayResult: result }).where(and(eq(payments.token, token), eq(payments.status, "pending")));
}

const SUPERSEDED = "Your quote changed, or was already paid for, after this payment started, so it was not taken. Please check your quote and pay again.";

/**
 * Settles a payment exactly once; a replay gets the first outcome and charges nothing. The money is taken
 * only if the policy is still the version the payment was for. Returns where to send the customer.
 */
export async function processPayment(ctx: AppContext, token: string): Promise<string> {
  const payment = await findPayment(ctx, token);
  if (payment.status !== "pending") return outcomeUrl(payment);
  const claimed = await ctx.db
    .update(payments)
    .set({ status: "processing" })
    .where(and(eq(payments.token, token), eq(payments.status, "pending")))
    .returning();
  if (claimed.length === 0) return outcomeUrl(await findPayment(ctx, token));
  const result = payment.gatewayResult ?? { approved: false, reason: "The payment was not completed.", payerName: "", last4: "" };
  let failure: string | null = result.approved ? null : result.reason;
  if (!failure) {
    try {
      await issuePolicy(ctx, claimed[0]);
    } catch (e) {
      if (!(e instanceof PaymentSuperseded || e instanceof StaleVersionError)) {
        await ctx.db.update(payments).set({ status: "pending" }).where(eq(payments.token, token));
        throw e;
      }
      failure = SUPERSEDED;
    }
  }
  const [settled] = await ctx.db
    .update(payments)
    .set({
      status: failure ? "declined" : "succeeded",
      processedAt: ctx.now().toISOString(),
      reference: `PAY-${newToken(6).toUpperCase().replace(/[^A-Z0-9]/g, "X")}`,
      approvalCode: failure ? null : newToken(4).toUpperCase().replace(/[^A-Z0-9]/g, "7").slice(0, 6),
      failureReason: failure,
    })
    .where(eq(payments.token, token))
    .returning();
  return outcomeUrl(settled);
}

function outcomeUrl(p: PaymentRow): string {
  const url = new URL(p.returnUrl);
  url.searchParams.set("policy_number", p.policyNumber);
  url.searchParams.set("payment", p.status === "succeeded" ? "succeeded" : "declined");
  if (p.status !== "succeeded" && p.failureReason) url.searchParams.set("reason", p.failureReason);
  return url.href;
}
