import { settledPayments, type DocumentData } from "./document-data";
import { formatDate } from "./date-format";
import { absMoney, formatMoney, isNegative } from "./money-format";
import { keyFacts, paragraph, startDocument } from "./pdf-layout";
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
  paragraph(
    doc,
    `We confirm that your policy has been cancelled. Your cover ends on ${formatDate(c.termination_date)}; you are not covered for anything that happens after that date.`,
  );
  keyFacts(doc, [
    ["Policy number", p.policy_number],
    ["Policyholder", d.holder.name],
    ["Product", d.product.name],
    ["Reason for cancellation", c.reason],
    ["Cancellation recorded", formatDate(c.cancelled_at)],
    ["Cover ends", formatDate(c.termination_date)],
  ]);

  const refunds = p.payments.filter((x) => isNegative(x.amount));
  if (refunds.length) {
    for (const r of refunds) {
      paragraph(
        doc,
        `A refund of ${formatMoney(absMoney(r.amount), currency)} was made on ${formatDate(r.timestamp)} (reference ${r.payment_reference || "—"}).`,
      );
    }
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
