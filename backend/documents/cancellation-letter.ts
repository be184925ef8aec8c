import { settledPayments, type DocumentData } from "./document-data";
import { formatDate } from "./date-format";
import { absMoney, formatMoney, isNegative } from "./money-format";
import { amountTable, keyFacts, paragraph, startDocument } from "./pdf-layout";
import type { RefundQuote } from "../../contract/refund";
import { policyCurrency } from "./policy-details";

/** The letter confirming a cancellation. Refuses without cancellation data: there is nothing to confirm. */
export function cancellationLetterPdf(d: DocumentData): Promise<Buffer> {
  const c = d.cancellation;
  if (!c)
    return Promise.reject(
      new Error(
        `Policy ${d.policy.policy_number} has no cancellation to confirm: a cancellation letter needs cancellation data.`,
      ),
    );
  const { doc, finish } = startDocument(d, {
    title: "Confirmation of Cancellation",
    subject: `Cancellation of policy ${d.policy.policy_number}`,
  });
  const p = d.policy;
  const currency = policyCurrency(d);

  paragraph(doc, [d.holder.name, d.holder.address].filter(Boolean).join("\n"));
  paragraph(doc, formatDate(d.issuedAt));
  paragraph(doc, `Dear ${d.holder.name},`);
  paragraph(doc, `Re: your ${d.product.name.toLowerCase()} policy ${p.policy_number}`, { strong: true });
  const fromInception = !!p.start_date && c.termination_date < p.start_date;
  const coverEnds = fromInception ? `${formatDate(p.start_date)} (from inception)` : formatDate(c.termination_date);
  paragraph(
    doc,
    fromInception
      ? "We confirm that your policy has been cancelled from the day it started (from inception): it gave no cover."
      : `We confirm that your policy has been cancelled. Your cover ends on ${formatDate(c.termination_date)}; you are not covered for anything that happens after that date.`,
  );
  keyFacts(doc, [
    ["Policy number", p.policy_number],
    ["Policyholder", d.holder.name],
    ["Product", d.product.name],
    ["Reason for cancellation", c.reason],
    ["Cancellation recorded", formatDate(c.cancelled_at)],
    ["Cover ends", coverEnds],
  ]);
  if (c.refund) refundBreakdown(doc, c.refund);

  const refunds = p.payments.filter((x) => isNegative(x.amount));
  if (c.refund && !refunds.length)
    paragraph(doc, "Nothing is due back to you under the terms of your policy, so no refund was made.");
  if (refunds.length) {
    for (const r of refunds) {
      paragraph(
        doc,
        `A refund of ${formatMoney(absMoney(r.amount), currency)} was made on ${formatDate(r.timestamp)} (reference ${r.payment_reference || "—"}).`,
      );
    }
  } else if (c.refund) {
    // Said above: nothing was due.
  } else if (settledPayments(d).length) {
    paragraph(
      doc,
      "If a refund of premium is due under the terms of your policy for the unused period of cover, we will pay it to the card or account you paid with within 10 working days. If nothing is due, no further action is needed.",
    );
  } else {
    paragraph(doc, "No payment was taken for this policy, so there is nothing to refund and nothing more to pay.");
  }

  paragraph(
    doc,
    `If you did not ask for this cancellation or think it is wrong, please contact us quoting policy number ${p.policy_number}.`,
  );
  paragraph(doc, `Yours sincerely,\n\nCustomer Services\n${d.insurer.name}`);
  paragraph(doc, d.insurer.address, { muted: true });
  return finish();
}

const BASIS: Record<RefundQuote["basis"], (q: RefundQuote) => string> = {
  cooling_off: (q) =>
    `You cancelled within the cooling-off period (until ${formatDate(q.cooling_off_ends)}), so everything you paid comes back, with no cancellation fee.`,
  from_inception: () =>
    "Your policy is cancelled from the day it started: every day of cover is refunded, less the cancellation fee.",
  pro_rata: (q) =>
    `${q.days_unused} of the ${q.days_in_term} days of cover are unused: each part of the price is refunded for those days, less the cancellation fee.`,
  claim: () => "A claim was made on this policy, so under its terms no refund is due.",
};

/** How the refund was worked out, line by line, as quoted when the policy was cancelled. */
function refundBreakdown(doc: Parameters<typeof paragraph>[0], q: RefundQuote) {
  paragraph(doc, "Your refund", { strong: true });
  paragraph(doc, BASIS[q.basis](q));
  amountTable(
    doc,
    ["", "Refund"],
    [
      ...q.lines.map((l) => ({
        label: `${l.label} (${formatMoney(l.amount, q.currency)} charged)`,
        amount: formatMoney(l.refund, q.currency),
      })),
      ...q.deductions.map((d) => ({ label: `Less: ${d.label}`, amount: `-${formatMoney(d.amount, q.currency)}` })),
      { label: "Total refund", amount: formatMoney(q.total_refund, q.currency), strong: true },
    ],
  );
}
