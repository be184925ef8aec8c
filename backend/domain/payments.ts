import type { AppContext } from "../context";
import { conflict, invalid, notFound, said, wordedIn, type ErrorKey } from "./errors";
import type { Caller } from "../security/caller";
import { loadVisiblePolicy } from "../security/access";
import { newToken } from "../security/tokens";
import type { PaymentRow } from "../storage/rows";
import { getProduct } from "../products";
import { paymentAmounts } from "./pricing";
import { coverDates } from "./policy-facts";
import { assertConfirmable } from "./confirm";
import { issuePolicy, PaymentSuperseded } from "./issue-policy";
import { StaleVersionError } from "./errors";
import { isLoopbackHost } from "../production-checks";
import { todayISO } from "../../contract/rules";
import { ENDORSEMENT_PAYMENT } from "./endorsable";
import { commitChange } from "./actions/endorse";
import { STATUS } from "../../contract/lifecycle";
import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";

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

export async function createPaymentToken(
  ctx: AppContext,
  caller: Caller,
  q: { policy_number: string; payment_mode: string; return_url: string },
) {
  const policy = await loadVisiblePolicy(ctx, caller, q.policy_number);
  assertConfirmable(policy);
  if (!policy.progress.confirmedAt)
    throw conflict(said("confirmFirst", { policyNumber: policy.policyNumber }, policy.productSlug));
  const product = getProduct(policy.productSlug)!;
  const today = todayISO(ctx.now());
  const modes = paymentAmounts(product, policy.pricing!, today, coverDates(product, policy.answers, today).start_date);
  const mode = modes.find((m) => m.id === q.payment_mode);
  if (!mode) throw invalid(`payment_mode must be one of: ${modes.map((m) => m.id).join(", ")}.`);
  if (!isTrustedReturn(ctx, q.return_url))
    throw invalid("return_url must be an address on a site this service is configured to trust.");
  const token = newToken(24);
  await ctx.stores.payments.insert({
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
  const redirect_url = ctx.gateway.hostedPageUrl(token, q.return_url);
  return { token, redirect_url, amount: mode.amount, currency: policy.pricing!.currency };
}

export async function findPayment(ctx: AppContext, token: string): Promise<PaymentRow> {
  const row = await ctx.stores.payments.byToken(token);
  if (!row) throw notFound(said("paymentLinkInvalid"));
  return row;
}

const policyLanguage = async (ctx: AppContext, policyNumber: string): Promise<Locale> =>
  (await ctx.stores.policies.get(policyNumber))?.language ?? DEFAULT_LOCALE;

/** The payer's language: the one their quote was made in (chosen on the journey), else the one they ask for. */
export async function payerLanguage(ctx: AppContext, payment: PaymentRow, asked: Locale): Promise<Locale> {
  const language = await policyLanguage(ctx, payment.policyNumber);
  return language !== DEFAULT_LOCALE ? language : asked;
}

/** The gateway's verdict on the card, recorded before the customer is sent back through `process`. */
export async function recordGatewayResult(
  ctx: AppContext,
  token: string,
  result: NonNullable<PaymentRow["gatewayResult"]>,
) {
  await ctx.stores.payments.updatePending(token, { gatewayResult: result });
}

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

const markProcessing = (ctx: AppContext, token: string) =>
  ctx.stores.payments.updatePending(token, { status: "processing" });

/**
 * One transaction: the gateway's result, the policy going live and its new version, the customer's email.
 * A crash before the commit leaves the payment "processing" and nothing else changed; the sweeper (or the
 * customer's next visit) settles it. A payment another request is settling right now is skipped.
 */
export async function settlePayment(ctx: AppContext, token: string): Promise<boolean> {
  return ctx.transaction(async (tx) => {
    if (!(await tx.stores.payments.lockProcessing(token))) return false;
    const payment = (await tx.stores.payments.byToken(token))!;
    // Our own reasons are in the policy's language, as the gateway's are in the payer's; they go back to the payer.
    const language = await policyLanguage(tx, payment.policyNumber);
    const reason = (key: ErrorKey) => wordedIn(language, said(key));
    const result = payment.gatewayResult ?? { approved: false, reason: reason("paymentNotCompleted") };
    const reference = `PAY-${newToken(6)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "X")}`;
    let failure: string | null = result.approved ? null : result.reason;
    if (!failure && payment.mode === ENDORSEMENT_PAYMENT && payment.pendingChange) {
      // An additional premium for a mid-term change: the change is made now, on the version it was priced on.
      const policy = await tx.stores.policies.get(payment.policyNumber);
      if (!policy || policy.versionId !== payment.policyVersionId || policy.status !== STATUS.active)
        failure = reason("changeSuperseded");
      else await commitChange(tx, policy, payment.pendingChange);
    } else if (!failure && payment.mode !== ENDORSEMENT_PAYMENT) {
      try {
        await tx.transaction((sp) => issuePolicy(sp, { ...payment, reference }));
      } catch (e) {
        if (!(e instanceof PaymentSuperseded || e instanceof StaleVersionError)) throw e;
        failure = reason("paymentSuperseded");
      }
    }
    await tx.stores.payments.update(token, {
      status: failure ? "declined" : "succeeded",
      processedAt: ctx.now().toISOString(),
      reference,
      approvalCode: failure
        ? null
        : newToken(4)
            .toUpperCase()
            .replace(/[^A-Z0-9]/g, "7")
            .slice(0, 6),
      failureReason: failure,
    });
    return true;
  });
}

/**
 * Settles payments a crash or a lost redirect left behind: "processing" ones, and "pending" ones the gateway
 * has already answered but whose customer never came back. Safe beside live traffic and on several instances.
 */
export async function settleStuckPayments(ctx: AppContext, olderThanMs = 2 * 60 * 1000): Promise<number> {
  const before = new Date(ctx.now().getTime() - olderThanMs).toISOString();
  const stuck = await ctx.stores.payments.stuckBefore(before, 100);
  let settled = 0;
  for (const token of stuck) {
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
