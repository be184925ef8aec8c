import { and, eq, isNotNull, lt, or, sql } from "drizzle-orm";
import type { AppContext } from "../context";
import { conflict, invalid, notFound } from "./errors";
import type { Caller } from "../security/caller";
import { loadVisiblePolicy } from "../security/access";
import { newToken } from "../security/tokens";
import { payments, type PaymentRow } from "../storage/schema";
import type { Db } from "../storage/db";
import { getProduct } from "../products";
import { paymentAmounts } from "./pricing";
import { assertConfirmable } from "./confirm";
import { issuePolicy, PaymentSuperseded } from "./issue-policy";
import { StaleVersionError } from "./errors";
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
  const redirect_url = gatewayPage(ctx, token, q.return_url);
  return { token, redirect_url, amount: mode.amount, currency: policy.pricing!.currency };
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
  if (payment.status === "pending") {
    // Marked first, in its own commit, so a refresh meanwhile sees "processing" and a crash leaves a trace.
    await markProcessing(ctx, token);
  }
  if (payment.status === "pending" || payment.status === "processing") {
    try {
      await settlePayment(ctx, token);
    } catch (e) {
      // Nothing was half-done (one transaction): the customer is told it is processing; the sweeper retries.
      const why = (e as Error).message;
      console.error(`Settling a payment for policy ${payment.policyNumber} failed; it stays processing: ${why}`);
    }
  }
  return outcomeUrl(await findPayment(ctx, token));
}

const NOT_COMPLETED = { approved: false, reason: "The payment was not completed.", payerName: "", last4: "" };

const markProcessing = (ctx: AppContext, token: string) =>
  ctx.db.update(payments).set({ status: "processing" }).where(and(eq(payments.token, token), eq(payments.status, "pending")));

/**
 * One transaction: the gateway's result, the policy going live and its new version, the customer's email.
 * A crash before the commit leaves the payment "processing" and nothing else changed; the sweeper (or the
 * customer's next visit) settles it. A payment another request is settling right now is skipped.
 */
export async function settlePayment(ctx: AppContext, token: string): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const locked = await tx.execute(
      sql`SELECT token FROM payments WHERE token = ${token} AND status = 'processing' FOR UPDATE SKIP LOCKED`,
    );
    if (locked.rows.length === 0) return false;
    const [payment] = await tx.select().from(payments).where(eq(payments.token, token));
    const result = payment.gatewayResult ?? NOT_COMPLETED;
    const reference = `PAY-${newToken(6).toUpperCase().replace(/[^A-Z0-9]/g, "X")}`;
    let failure: string | null = result.approved ? null : result.reason;
    if (!failure) {
      try {
        await tx.transaction((sp) => issuePolicy({ ...ctx, db: sp as unknown as Db }, { ...payment, reference }));
      } catch (e) {
        if (!(e instanceof PaymentSuperseded || e instanceof StaleVersionError)) throw e;
        failure = SUPERSEDED;
      }
    }
    await tx
      .update(payments)
      .set({
        status: failure ? "declined" : "succeeded",
        processedAt: ctx.now().toISOString(),
        reference,
        approvalCode: failure ? null : newToken(4).toUpperCase().replace(/[^A-Z0-9]/g, "7").slice(0, 6),
        failureReason: failure,
      })
      .where(eq(payments.token, token));
    return true;
  });
}

/**
 * Settles payments a crash or a lost redirect left behind: "processing" ones, and "pending" ones the gateway
 * has already answered but whose customer never came back. Safe beside live traffic and on several instances.
 */
export async function settleStuckPayments(ctx: AppContext, olderThanMs = 2 * 60 * 1000): Promise<number> {
  const before = new Date(ctx.now().getTime() - olderThanMs).toISOString();
  const stuck = await ctx.db
    .select({ token: payments.token })
    .from(payments)
    .where(
      and(
        lt(payments.createdAt, before),
        or(eq(payments.status, "processing"), and(eq(payments.status, "pending"), isNotNull(payments.gatewayResult))),
      ),
    )
    .limit(100);
  let settled = 0;
  for (const { token } of stuck) {
    await markProcessing(ctx, token);
    try {
      if (await settlePayment(ctx, token)) settled++;
    } catch (e) {
      console.error(`Settling payment for ${token.slice(0, 6)}…:`, (e as Error).message);
    }
  }
  return settled;
}

function outcomeUrl(p: PaymentRow): string {
  const url = new URL(p.returnUrl);
  url.searchParams.set("policy_number", p.policyNumber);
  const outcome = p.status === "succeeded" ? "succeeded" : p.status === "declined" ? "declined" : "processing";
  url.searchParams.set("payment", outcome);
  if (outcome === "declined" && p.failureReason) url.searchParams.set("reason", p.failureReason);
  return url.href;
}
