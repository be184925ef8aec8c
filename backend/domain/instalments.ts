import Decimal from "decimal.js";
import type { AppContext } from "../context";
import type { InstalmentPlan } from "../../contract/policy";
import { IN_FORCE, STATUS } from "../../contract/lifecycle";
import { todayISO } from "../../contract/rules";
import type { ProductDefinition } from "../products/definition";
import { getProduct } from "../products";
import type { InstalmentRow, PaymentRow, PolicyRow } from "../storage/rows";
import { newToken } from "../security/tokens";
import { queueEmail } from "../mail/outbox";
import { instalmentFailedEmail } from "../mail/policy-emails";
import { writtenFor } from "../mail/written-for";
import { customerFacts } from "./policy-facts";
import { instalmentSchedule } from "./instalment-schedule";
import { addDays } from "./refund";

/** A failed collection is tried again this many days after each failure; after the last, it has failed. */
export const RETRY_AFTER_DAYS = [3, 4] as const;
export const MAX_TRIES = RETRY_AFTER_DAYS.length + 1;

const installmentsOf = (product: ProductDefinition | undefined, mode: string | null) =>
  product?.payment_modes.find((m) => m.id === mode)?.installments ?? 1;

/** The payment mode as it is now: a monthly policy whose recurring payment was removed no longer says monthly. */
export function paymentModeName(product: ProductDefinition | undefined, row: PolicyRow): string | null {
  const mode = product?.payment_modes.find((m) => m.id === row.paymentMode);
  if (!mode) return null;
  if (mode.installments > 1 && !row.recurringPayment) return "No automatic payments (recurring card payment removed)";
  return mode.label;
}

/** When a monthly policy is bought: its whole schedule, the first instalment being the payment just taken. */
export async function planInstalments(
  ctx: AppContext,
  policy: PolicyRow,
  payment: Pick<PaymentRow, "token" | "mode" | "currency">,
) {
  const count = installmentsOf(getProduct(policy.productSlug), payment.mode);
  if (count <= 1 || !policy.pricing) return;
  const at = ctx.now().toISOString();
  const schedule = instalmentSchedule(policy.pricing.total, count, todayISO(ctx.now()), policy.startDate);
  await ctx.stores.instalments.insertMany(
    schedule.map((i) => ({
      policyNumber: policy.policyNumber,
      number: i.number,
      dueDate: i.due_date,
      amount: i.amount,
      currency: payment.currency,
      status: i.number === 1 ? "collected" : "due",
      attempts: i.number === 1 ? 1 : 0,
      nextTryOn: i.number === 1 ? null : i.due_date,
      paymentToken: i.number === 1 ? payment.token : null,
      failureReason: null,
      updatedAt: at,
    })),
  );
}

/**
 * The `instalment_plan` extension of the policy view; null for a policy not paid in instalments. Once the policy
 * is no longer in force (or paid automatically), the instalments still open show as cancelled: the job will not
 * collect them (it marks them so when it comes to them).
 */
export function instalmentPlanView(row: PolicyRow, rows: InstalmentRow[]): InstalmentPlan | null {
  if (!rows.length) return null;
  // A suspended policy's open instalments wait for its reinstatement: still due, not cancelled.
  const collecting = row.recurringPayment && (IN_FORCE.includes(row.status) || row.status === STATUS.suspended);
  const shown = rows.map((i) => ({
    ...i,
    status: !collecting && (i.status === "due" || i.status === "retrying") ? ("cancelled" as const) : i.status,
  }));
  const next = shown.find((i) => i.status === "due" || i.status === "retrying");
  return {
    instalments: shown.map((i) => ({ number: i.number, due_date: i.dueDate, amount: i.amount, status: i.status })),
    total: rows.reduce((sum, i) => sum.plus(i.amount), new Decimal(0)).toFixed(2),
    currency: rows[0].currency,
    recurring: row.recurringPayment,
    next_due_date: next ? (next.status === "retrying" ? next.nextTryOn : next.dueDate) : null,
    next_amount: next?.amount ?? null,
    payment_problem: rows.some((i) => i.status === "failed"),
  };
}

/** The card the policy's first payment was taken with, as the gateway stored it. */
export async function storedCard(ctx: AppContext, policyNumber: string): Promise<string | null> {
  const payments = await ctx.stores.payments.forPolicy(policyNumber);
  return payments.find((p) => p.status === "succeeded" && p.gatewayResult?.cardToken)?.gatewayResult?.cardToken ?? null;
}

const reference = () =>
  `PAY-${newToken(6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "X")}`;

/**
 * The collection job: takes every instalment due (or due a retry) by today through the gateway with the stored
 * card, each try a payment record. A failure is retried RETRY_AFTER_DAYS later; after MAX_TRIES the instalment
 * has failed, which flags the policy (`payment_problem`) and emails the customer. An instalment of a policy no
 * longer in force, or no longer paid automatically, is cancelled instead. Returns how many were collected.
 */
export async function collectDueInstalments(ctx: AppContext, batch = 100): Promise<number> {
  const charge = ctx.gateway.chargeStoredCard;
  if (!charge) return 0; // this gateway can't take a stored card: they stay due
  const today = todayISO(ctx.now());
  let collected = 0;
  for (const due of await ctx.stores.instalments.toCollect(today, batch)) {
    try {
      if (await collectOne(ctx, due, today)) collected++;
    } catch (e) {
      console.error(`Collecting instalment ${due.number} of ${due.policyNumber} failed:`, (e as Error).message);
    }
  }
  return collected;
}

async function collectOne(ctx: AppContext, due: InstalmentRow, today: string): Promise<boolean> {
  return ctx.transaction(async (tx) => {
    if (!(await tx.stores.instalments.lockToCollect(due.policyNumber, due.number, today))) return false;
    const at = ctx.now().toISOString();
    const policy = await tx.stores.policies.get(due.policyNumber);
    if (policy?.status === STATUS.suspended) return false; // suspended meanwhile: it waits
    if (!policy || !IN_FORCE.includes(policy.status) || !policy.recurringPayment) {
      await tx.stores.instalments.cancelOpen(due.policyNumber, at);
      return false;
    }
    const cardToken = await storedCard(tx, due.policyNumber);
    const attempt = due.attempts + 1;
    const result = cardToken
      ? await ctx.gateway.chargeStoredCard!({
          cardToken,
          amount: due.amount,
          currency: due.currency,
          idempotencyKey: `${due.policyNumber}-${due.number}-${attempt}`,
        })
      : { approved: false, reason: "No card is stored for this policy.", payerName: "", last4: "" };
    const token = newToken(24);
    await tx.stores.payments.insert({
      token,
      policyNumber: due.policyNumber,
      mode: policy.paymentMode ?? "",
      amount: due.amount,
      currency: due.currency,
      returnUrl: "",
      policyVersionId: policy.versionId,
      status: result.approved ? "succeeded" : "declined",
      gatewayResult: {
        approved: result.approved,
        reason: result.reason,
        payerName: result.payerName,
        last4: result.last4,
      },
      reference: reference(),
      approvalCode: result.approved
        ? newToken(4)
            .toUpperCase()
            .replace(/[^A-Z0-9]/g, "7")
            .slice(0, 6)
        : null,
      failureReason: result.approved ? null : `Instalment ${due.number}: ${result.reason}`,
      createdAt: at,
      processedAt: at,
    });
    if (result.approved) {
      await tx.stores.instalments.update(due.policyNumber, due.number, {
        status: "collected",
        attempts: attempt,
        nextTryOn: null,
        paymentToken: token,
        failureReason: null,
        updatedAt: at,
      });
      return true;
    }
    const retryIn = RETRY_AFTER_DAYS[attempt - 1];
    await tx.stores.instalments.update(due.policyNumber, due.number, {
      status: retryIn === undefined ? "failed" : "retrying",
      attempts: attempt,
      nextTryOn: retryIn === undefined ? null : addDays(today, retryIn),
      paymentToken: token,
      failureReason: result.reason,
      updatedAt: at,
    });
    if (retryIn === undefined) await tellCustomer(tx, policy, due);
    return false;
  });
}

async function tellCustomer(ctx: AppContext, policy: PolicyRow, due: InstalmentRow) {
  const product = getProduct(policy.productSlug);
  const facts = product ? customerFacts(product, policy.answers) : null;
  const to = facts?.email ?? policy.customerEmail;
  if (!to) return;
  await queueEmail(ctx, {
    to,
    ...instalmentFailedEmail({
      ...writtenFor(product, policy),
      policyNumber: policy.policyNumber,
      firstName: facts?.first_name ?? policy.customerFirstName,
      number: due.number,
      dueDate: due.dueDate,
      amount: due.amount,
      currency: due.currency,
      tries: MAX_TRIES,
    }),
    kind: "instalment_failed",
    policyNumber: policy.policyNumber,
  });
}
