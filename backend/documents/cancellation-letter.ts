import { settledPayments, wordsOf, type DocumentData } from "./document-data";
import { formatDate } from "./date-format";
import { absMoney, formatMoney, isNegative } from "./money-format";
import { amountTable, keyFacts, paragraph, startDocument } from "./pdf-layout";
import type { RefundQuote } from "../../contract/refund";
import { DEFAULT_LOCALE } from "../../contract/locales";
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
  const t = wordsOf(d);
  const p = d.policy;
  const number = { policyNumber: p.policy_number };
  const { doc, finish } = startDocument(d, { title: t("letterTitle"), subject: t("letterSubject", number) });
  const currency = policyCurrency(d);
  const date = (value: string | Date | null) => formatDate(value, d.language);
  const money = (amount: string) => formatMoney(amount, currency, d.language);

  paragraph(doc, [d.holder.name, d.holder.address].filter(Boolean).join("\n"));
  paragraph(doc, date(d.issuedAt));
  paragraph(doc, t("dear", { name: d.holder.name }));
  // English names the product mid-sentence in lower case ("your travel insurance policy").
  const product = (d.language ?? DEFAULT_LOCALE) === "en" ? d.product.name.toLowerCase() : d.product.name;
  paragraph(doc, t("re", { product, ...number }), { strong: true });
  const fromInception = !!p.start_date && c.termination_date < p.start_date;
  const coverEnds = fromInception ? t("fromInceptionDate", { date: date(p.start_date) }) : date(c.termination_date);
  paragraph(doc, fromInception ? t("cancelledFromInception") : t("cancelledOn", { date: date(c.termination_date) }));
  keyFacts(doc, [
    [t("policyNumber"), p.policy_number],
    [t("policyholder"), d.holder.name],
    [t("product"), d.product.name],
    [t("cancellationReason"), c.reason],
    [t("cancellationRecorded"), date(c.cancelled_at)],
    [t("coverEnds"), coverEnds],
  ]);
  if (c.refund) refundBreakdown(doc, d, c.refund);

  const refunds = p.payments.filter((x) => isNegative(x.amount));
  if (c.refund && !refunds.length) paragraph(doc, t("nothingDue"));
  if (refunds.length) {
    for (const r of refunds) {
      const reference = r.payment_reference || "—";
      paragraph(doc, t("refundMade", { amount: money(absMoney(r.amount)), date: date(r.timestamp), reference }));
    }
  } else if (c.refund) {
    // Said above: nothing was due.
  } else if (settledPayments(d).length) {
    paragraph(doc, t("refundIfDue"));
  } else {
    paragraph(doc, t("nothingPaid"));
  }

  paragraph(doc, t("notAsked", number));
  paragraph(doc, t("signOff", { insurer: d.insurer.name }));
  paragraph(doc, d.insurer.address, { muted: true });
  return finish();
}

/** Why this much comes back, in the letter's words. */
function basis(d: DocumentData, q: RefundQuote): string {
  const t = wordsOf(d);
  if (q.basis === "cooling_off") return t("basisCoolingOff", { date: formatDate(q.cooling_off_ends, d.language) });
  if (q.basis === "from_inception") return t("basisFromInception");
  if (q.basis === "pro_rata") return t("basisProRata", { unused: q.days_unused, days: q.days_in_term });
  return t("basisClaim");
}

/** How the refund was worked out, line by line, as quoted when the policy was cancelled. */
function refundBreakdown(doc: Parameters<typeof paragraph>[0], d: DocumentData, q: RefundQuote) {
  const t = wordsOf(d);
  const money = (amount: string) => formatMoney(amount, q.currency, d.language);
  paragraph(doc, t("yourRefund"), { strong: true });
  paragraph(doc, basis(d, q));
  amountTable(
    doc,
    ["", t("refund")],
    [
      ...q.lines.map((l) => ({
        label: t("refundLine", { label: l.id === "premium" ? t("premium") : l.label, amount: money(l.amount) }),
        amount: money(l.refund),
      })),
      ...q.deductions.map((x) => ({
        label: t("less", { label: x.id === "unpaid" ? t("unpaidInstalments") : x.label }),
        amount: `-${money(x.amount)}`,
      })),
      { label: t("totalRefund"), amount: money(q.total_refund), strong: true },
    ],
  );
}
