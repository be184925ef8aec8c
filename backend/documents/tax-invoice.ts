import Decimal from "decimal.js";
import { settledPayments, wordsOf, type DocumentData } from "./document-data";
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
  const t = wordsOf(d);
  const p = d.policy;
  const { doc, finish } = startDocument(d, {
    title: t("invoiceTitle"),
    subject: t("invoiceSubject", { policyNumber: p.policy_number }),
  });
  const currency = policyCurrency(d);
  const money = (a: string) => formatMoney(a, currency, d.language);
  const date = (value: string | Date) => formatDate(value, d.language);

  const billedTo = [d.holder.name, d.holder.address, d.holder.email].filter(Boolean).join("\n");
  keyFacts(doc, [
    [t("invoiceNumber"), invoiceNumber(d)],
    [t("invoiceDate"), date(d.issuedAt)],
    [t("billedTo"), billedTo],
    [t("policyNumber"), p.policy_number],
    [t("product"), d.product.name],
    [t("periodOfCover"), formatPeriod(p.start_date, p.end_date, d.language)],
    ...(p.payment_mode_name ? [[t("paymentPlan"), p.payment_mode_name] as [string, string]] : []),
  ]);

  heading(doc, t("charges"));
  const b = p.price_breakdown;
  const rows: AmountRow[] = b
    ? [
        { label: t("insurancePremium"), amount: money(b.amount_pre_fees_and_taxes) },
        ...b.fees.map((f) => ({ label: f.label, amount: money(f.amount) })),
        {
          label: t("subtotal"),
          amount: money(new Decimal(b.amount_pre_fees_and_taxes).plus(b.total_fees).toFixed(2)),
          strong: true,
        },
        ...b.taxes.map((x) => ({ label: x.label, amount: money(x.amount) })),
        { label: t("totalTaxes"), amount: money(b.total_taxes) },
        { label: t("total"), amount: money(b.total), strong: true },
      ]
    : [
        { label: t("premiumIncludingFees"), amount: money(p.pricing.policy_price) },
        { label: t("taxes"), amount: money(p.pricing.tax_amount) },
        { label: t("total"), amount: money(p.pricing.total_amount), strong: true },
      ];
  amountTable(doc, [t("description"), currency ? t("amountIn", { currency }) : t("amount")], rows);

  heading(doc, t("payments"));
  const paid = settledPayments(d);
  const total = b?.total ?? p.pricing.total_amount;
  const paidSum = sumMoney(paid.map((x) => x.amount));
  amountTable(
    doc,
    [t("payment"), t("amount")],
    [
      ...paid.map((x) => ({
        label: [
          t("paymentLine", { date: date(x.timestamp), reference: x.payment_reference || "—" }),
          ...(x.payment_gateway ? [x.payment_gateway] : []),
        ].join(" · "),
        amount: money(x.amount),
      })),
      { label: t("amountPaid"), amount: money(paidSum), strong: true },
      {
        label: t("balanceDue"),
        amount: money(Decimal.max(0, new Decimal(total).minus(paidSum)).toFixed(2)),
        strong: true,
      },
    ],
  );
  if (!paid.length) paragraph(doc, t("noPayment"), { muted: true });
  instalmentSchedule(doc, d, money);

  paragraph(doc, t("quoteInvoice", { invoice: invoiceNumber(d), policyNumber: p.policy_number }), { muted: true });
  paragraph(doc, `${d.insurer.name}, ${d.insurer.address}.`, { muted: true });
  return finish();
}

const INSTALMENT_WORDS = {
  due: "instalmentDue",
  collected: "instalmentCollected",
  retrying: "instalmentRetrying",
  failed: "instalmentFailed",
  cancelled: "instalmentCancelled",
} as const satisfies Record<InstalmentStatus, string>;

/** A policy paid monthly: each instalment's date, amount and standing, adding up to the total. */
function instalmentSchedule(doc: Doc, d: DocumentData, money: (a: string) => string) {
  const plan = d.policy.instalment_plan;
  if (!plan?.instalments.length) return;
  const t = wordsOf(d);
  heading(doc, t("paymentSchedule"));
  const count = plan.instalments.length;
  amountTable(
    doc,
    [t("instalment"), t("amount")],
    [
      ...plan.instalments.map((i) => ({
        label: t("instalmentLine", {
          number: i.number,
          count,
          date: formatDate(i.due_date, d.language),
          status: t(INSTALMENT_WORDS[i.status]),
        }),
        amount: money(i.amount),
      })),
      { label: t("instalmentsTotal"), amount: money(plan.total), strong: true },
    ],
  );
  paragraph(doc, t(plan.recurring ? "recurring" : "notRecurring"), { muted: true });
}
