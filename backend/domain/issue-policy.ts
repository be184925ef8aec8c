import type { AppContext } from "../context";
import { writtenFor } from "../mail/written-for";
import type { PaymentRow } from "../storage/rows";
import { findOrCreateCustomer } from "../security/customers";
import { queueEmail } from "../mail/outbox";
import { paymentSucceededReason, policyIssuedEmail } from "../mail/policy-emails";
import { getProduct } from "../products";
import { coverDates, customerFacts } from "./policy-facts";
import { todayISO } from "../../contract/rules";
import { STATUS } from "../../contract/lifecycle";
import { renewalStartsOn } from "./renewal-window";
import { planInstalments } from "./instalments";

/** The quote is no longer the one this payment was for (changed, or already paid). */
export class PaymentSuperseded extends Error {}

/** After the gateway approved a payment: the policy goes live, bound to its customer, and the customer is told. */
export async function issuePolicy(ctx: AppContext, payment: PaymentRow) {
  const policy = await ctx.stores.policies.get(payment.policyNumber);
  if (!policy || policy.status !== STATUS.quoted || policy.versionId !== payment.policyVersionId)
    throw new PaymentSuperseded();
  const product = getProduct(policy.productSlug)!;
  const facts = customerFacts(product, policy.answers);
  const customerId =
    policy.customerId ??
    (facts.email
      ? (
          await findOrCreateCustomer(ctx, {
            email: facts.email,
            firstName: facts.first_name,
            lastName: facts.last_name,
          })
        ).id
      : null);
  // A renewal's term follows on from the policy it renews, whatever day it is paid for.
  const renewed = policy.renewedFromPolicyNumber ? await ctx.stores.policies.get(policy.renewedFromPolicyNumber) : null;
  const firstDay = renewed?.endDate ? renewalStartsOn(renewed.endDate) : todayISO(ctx.now());
  const dates = coverDates(product, policy.answers, firstDay);
  const mode = product.payment_modes.find((m) => m.id === payment.mode);
  const issued = await ctx.stores.policies.update(
    policy,
    {
      status: STATUS.active,
      customerId,
      paymentMode: payment.mode,
      recurringPayment: !!(mode && "installments" in mode && mode.installments && mode.installments > 1),
      startDate: dates.start_date,
      endDate: dates.end_date,
    },
    {
      by: "Payment gateway",
      at: ctx.now().toISOString(),
      reason: paymentSucceededReason(payment),
    },
  );
  await planInstalments(ctx, issued, payment);
  if (facts.email) {
    await queueEmail(ctx, {
      to: facts.email,
      ...policyIssuedEmail({
        ...writtenFor(product, issued),
        policyNumber: issued.policyNumber,
        firstName: facts.first_name,
        start: dates.start_date,
        end: dates.end_date,
        payment,
      }),
      kind: "policy_issued",
      policyNumber: issued.policyNumber,
    });
  }
  return issued;
}
