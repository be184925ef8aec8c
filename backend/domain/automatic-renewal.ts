import { STATUS } from "../../contract/lifecycle";
import { formatLongDate, todayISO } from "../../contract/rules";
import type { AppContext } from "../context";
import { queueEmail } from "../mail/outbox";
import { getProduct } from "../products";
import type { Caller } from "../security/caller";
import { loadVisiblePolicy } from "../security/access";
import { newToken } from "../security/tokens";
import type { PolicyRow } from "../storage/rows";
import { startRenewal } from "./actions/copy-renew";
import { invalid } from "./errors";
import { instalmentSchedule } from "./instalment-schedule";
import { storedCard } from "./instalments";
import { issuePolicy } from "./issue-policy";
import { sequenceOf } from "./journey/forms";
import { underwrite } from "./underwriting";
import { renewalStartsOn } from "./renewal-window";

const SYSTEM = { kind: "anonymous", quoteToken: null } as const;
/** Every automatic renewal's payment says so, and one declined is not tried again (the policy then expires). */
export const AUTO_RENEWAL = "Automatic renewal";

/** Whether automatic renewal applies to this policy now: Active and paid by recurring payment (a stored card). */
export const autoRenewable = (row: Pick<PolicyRow, "status" | "recurringPayment">) =>
  row.status === STATUS.active && row.recurringPayment;

/** Extension `automatic_renewal` of the policy view: null when it doesn't apply, else whether it is on. */
export async function automaticRenewalView(ctx: AppContext, row: PolicyRow) {
  if (!autoRenewable(row)) return null;
  const pref = await ctx.stores.renewals.get(row.policyNumber);
  // renews_on: the first day of the new cover (the card is charged on the last day of this one).
  return { on: !pref?.autoRenewOff, renews_on: row.endDate ? renewalStartsOn(row.endDate) : null };
}

/** The customer (or a user who can see the policy) turns automatic renewal off, or back on. */
export async function setAutomaticRenewal(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber, { write: true });
  const on = (input as { on?: unknown } | null)?.on;
  if (typeof on !== "boolean") throw invalid("on must be true (renew automatically) or false (don't).");
  if (!autoRenewable(policy))
    throw invalid(`Policy ${policy.policyNumber} isn't paid by recurring payment, so it doesn't renew automatically.`);
  await ctx.stores.renewals.setAutoRenewOff(policy.policyNumber, !on, ctx.now().toISOString());
  return { policy_number: policy.policyNumber, automatic_renewal: await automaticRenewalView(ctx, policy) };
}

/**
 * The job: on (or after) the last day of cover, each policy paid by recurring payment and not opted out is renewed
 * with the stored card: its renewal quote (started by the invitation, or now) is bought in the same payment mode.
 * A declined card or a renewal an underwriter must see is not renewed: the policy expires as usual.
 */
export async function renewAutomatically(ctx: AppContext, batch = 50): Promise<number> {
  if (!ctx.gateway.chargeStoredCard) return 0;
  let renewed = 0;
  for (const policy of await ctx.stores.renewals.dueForAutomaticRenewal(todayISO(ctx.now()), batch)) {
    try {
      if (await renewOne(ctx, policy)) renewed++;
    } catch (e) {
      console.error(`Renewing ${policy.policyNumber} automatically failed:`, (e as Error).message);
    }
  }
  return renewed;
}

async function renewOne(ctx: AppContext, source: PolicyRow): Promise<boolean> {
  const product = getProduct(source.productSlug);
  if (!product) return false;
  const { policy_number: n } = await startRenewal(ctx, SYSTEM, source, "System");
  const tried = await ctx.stores.payments.forPolicy(n);
  if (tried.some((p) => p.failureReason?.startsWith(AUTO_RENEWAL))) return false; // declined once: it expires
  const cardToken = await storedCard(ctx, source.policyNumber);
  const renewal = await ctx.stores.policies.get(n);
  if (!renewal?.pricing || !cardToken || underwrite(product, renewal.answers)) return false;
  const at = ctx.now().toISOString();
  const quoted =
    renewal.status === STATUS.quoted
      ? renewal
      : await ctx.stores.policies.update(
          renewal,
          {
            status: STATUS.quoted,
            progress: {
              ...renewal.progress,
              currentFormId: null,
              completed: sequenceOf(product, renewal).map((f) => f.form_id),
              confirmedAt: at,
            },
          },
          { by: "System", at, reason: "Renewal answers carried over for automatic renewal" },
        );
  const mode = product.payment_modes.find((m) => m.id === source.paymentMode);
  const count = mode?.installments ?? 1;
  const total = renewal.pricing.total;
  const amount = count > 1 ? instalmentSchedule(total, count, todayISO(ctx.now()))[0].amount : total;
  const result = await ctx.gateway.chargeStoredCard!({
    cardToken,
    amount,
    currency: renewal.pricing.currency,
    idempotencyKey: `${n}-automatic-renewal`,
  });
  const payment = {
    token: newToken(24),
    policyNumber: n,
    mode: source.paymentMode ?? "",
    amount,
    currency: renewal.pricing.currency,
    returnUrl: "",
    policyVersionId: quoted.versionId,
    status: result.approved ? "succeeded" : "declined",
    gatewayResult: {
      approved: result.approved,
      reason: result.reason,
      payerName: result.payerName,
      last4: result.last4,
      cardToken,
    },
    reference: `PAY-${newToken(6)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "X")}`,
    approvalCode: result.approved
      ? newToken(4)
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, "7")
          .slice(0, 6)
      : null,
    failureReason: result.approved ? null : `${AUTO_RENEWAL}: ${result.reason}`,
    createdAt: at,
    processedAt: at,
  };
  return ctx.transaction(async (tx) => {
    await tx.stores.payments.insert(payment);
    if (result.approved) {
      await issuePolicy(
        tx,
        (await tx.stores.payments.forPolicy(n)).find((p) => p.token === payment.token)!,
      );
      return true;
    }
    if (source.customerEmail)
      await queueEmail(tx, {
        to: source.customerEmail,
        subject: `We couldn't renew your policy ${source.policyNumber}`,
        body:
          `We tried to renew your ${product.name} policy ${source.policyNumber} automatically, but your card was ` +
          `declined. Your cover ends on ${formatLongDate(source.endDate!)}. To stay covered, sign in to your ` +
          "account and renew it with another card.",
        kind: "policy_update",
        policyNumber: source.policyNumber,
      });
    return false;
  });
}
