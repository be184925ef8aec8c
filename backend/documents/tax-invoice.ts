import Decimal from "decimal.js";
import { settledPayments, type DocumentData } from "./document-data";
import { formatDate, formatPeriod } from "./date-format";
import { formatMoney, sumMoney } from "./money-format";
import { amountTable, heading, keyFacts, paragraph, startDocument, type AmountRow, type Doc } from "./pdf-layout";
import { policyCurrency } from "./policy-details";
import type { InstalmentStatus } from "../../contract/policy";

/** INV-<policy number>-<n>, n counting the payments made so far (1 before any). */
export function invoiceNumber(d: DocumentData): string {
  return `INV-${d.policy.policy_number}-${Math.max(1, settledPayments(d).length)}`;
}

/** The tax invoice: the premium itemised into fees and taxes, and what has been paid against it. */
export function taxInvoicePdf(d: DocumentData): Promise<Buffer> {
  const { doc, finish } = startDocument(d, {
    title: "Tax Invoice",
    subject: `Tax invoice for policy ${d.policy.policy_number}`,
  });
  const p = d.policy;
  const currency = policyCurrency(d);
  const money = (a: string) => formatMoney(a, currency);

  const billedTo = [d.holder.name, d.holder.address, d.holder.email].filter(Boolean).join("\n");
  keyFacts(doc, [
    ["Invoice number", invoiceNumber(d)],
    ["Invoice date", formatDate(d.issuedAt)],
    ["Billed to", billedTo],
    ["Policy number", p.policy_number],
    ["Product", d.product.name],
    ["Period of cover", formatPeriod(p.start_date, p.end_date)],
    ...(p.payment_mode_name ? [["Payment plan", p.payment_mode_name] as [string, string]] : []),
  ]);

  heading(doc, "Charges");
  const b = p.price_breakdown;
  const rows: AmountRow[] = b
    ? [
        { label: "Insurance premium", amount: money(b.amount_pre_fees_and_taxes) },
        ...b.fees.map((f) => ({ label: f.label, amount: money(f.amount) })),
        {
          label: "Subtotal before taxes",
          amount: money(new Decimal(b.amount_pre_fees_and_taxes).plus(b.total_fees).toFixed(2)),
          strong: true,
        },
        ...b.taxes.map((t) => ({ label: t.label, amount: money(t.amount) })),
        { label: "Total taxes", amount: money(b.total_taxes) },
        { label: "Total", amount: money(b.total), strong: true },
      ]
    : [
        { label: "Insurance premium including fees", amount: money(p.pricing.policy_price) },
        { label: "Taxes", amount: money(p.pricing.tax_amount) },
        { label: "Total", amount: money(p.pricing.total_amount), strong: true },
      ];
  amountTable(doc, ["Description", currency ? `Amount (${currency})` : "Amount"], rows);

  heading(doc, "Payments");
  const paid = settledPayments(d);
  const total = b?.total ?? p.pricing.total_amount;
  const paidSum = sumMoney(paid.map((x) => x.amount));
  amountTable(
    doc,
    ["Payment", "Amount"],
    [
      ...paid.map((x) => ({
        label: `${formatDate(x.timestamp)} · reference ${x.payment_reference || "—"}${x.payment_gateway ? ` · ${x.payment_gateway}` : ""}`,
        amount: money(x.amount),
      })),
      { label: "Amount paid", amount: money(paidSum), strong: true },
      {
        label: "Balance due",
        amount: money(Decimal.max(0, new Decimal(total).minus(paidSum)).toFixed(2)),
        strong: true,
      },
    ],
  );
  if (!paid.length) paragraph(doc, "No payment has been received for this policy yet.", { muted: true });
  instalmentSchedule(doc, d, money);

  paragraph(
    doc,
    `Please quote invoice number ${invoiceNumber(d)} and policy number ${p.policy_number} in any correspondence about this invoice.`,
    { muted: true },
  );
  paragraph(doc, `${d.insurer.name}, ${d.insurer.address}.`, { muted: true });
  return finish();
}

const INSTALMENT_WORDS: Record<InstalmentStatus, string> = {
  due: "due",
  collected: "paid",
  retrying: "not taken yet, trying again",
  failed: "not paid",
  cancelled: "not collected",
};

/** A policy paid monthly: each instalment's date, amount and standing, adding up to the total. */
function instalmentSchedule(doc: Doc, d: DocumentData, money: (a: string) => string) {
  const plan = d.policy.instalment_plan;
  if (!plan?.instalments.length) return;
  heading(doc, "Payment schedule");
  const count = plan.instalments.length;
  amountTable(
    doc,
    ["Instalment", "Amount"],
    [
      ...plan.instalments.map((i) => ({
        label: `${i.number} of ${count} · ${formatDate(i.due_date)} · ${INSTALMENT_WORDS[i.status]}`,
        amount: money(i.amount),
      })),
      { label: "Total of the instalments", amount: money(plan.total), strong: true },
    ],
  );
  paragraph(
    doc,
    plan.recurring
      ? "The balance is taken from your card on each date above."
      : "These payments are no longer taken automatically: please contact us to pay the balance.",
    { muted: true },
  );
}
