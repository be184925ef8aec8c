import type { DocumentData } from "./document-data";
import { formatDate } from "./date-format";
import { absMoney, formatMoney, isNegative } from "./money-format";
import { amountTable, heading, keyFacts, paragraph, startDocument } from "./pdf-layout";

/** The policy's mid-term changes: for each, what changed, from when, why, and the price for the rest of the term. */
export function endorsementSchedulePdf(d: DocumentData): Promise<Buffer> {
  const p = d.policy;
  const changes = p.endorsements ?? [];
  if (!changes.length)
    return Promise.reject(new Error(`Policy ${p.policy_number} has no mid-term changes to schedule.`));
  const { doc, finish } = startDocument(d, {
    title: "Endorsement schedule",
    subject: `Changes to policy ${p.policy_number}`,
  });
  keyFacts(doc, [
    ["Policy number", p.policy_number],
    ["Policyholder", d.holder.name],
    ["Product", d.product.name],
    ["Cover", `${formatDate(p.start_date)} to ${formatDate(p.end_date)}`],
  ]);
  paragraph(
    doc,
    "This schedule forms part of your policy. Your certificate of insurance shows the cover as it now stands.",
  );
  changes.forEach((e, i) => {
    heading(doc, `Change ${i + 1}: from ${formatDate(e.effective_date)}`);
    keyFacts(doc, [
      ["Recorded", formatDate(e.changed_at)],
      ["Made by", e.changed_by],
      ["Reason", e.reason],
      ...e.changes.map((c): [string, string] => [c.title, `Was: ${c.before}. Now: ${c.after}.`]),
    ]);
    paragraph(
      doc,
      `${e.days_remaining} of the ${e.days_in_term} days of cover remained: each part of the price changed for those days.`,
    );
    const money = (amount: string) => formatMoney(amount, e.currency);
    const total = e.total_difference;
    amountTable(
      doc,
      ["", "For the rest of the term"],
      [
        ...e.lines.map((l) => ({
          label: `${l.label} (was ${money(l.before)}, now ${money(l.after)} a year)`,
          amount: money(l.difference),
        })),
        {
          label: isNegative(total) ? "Refunded to you" : total === "0.00" ? "No change in price" : "Additional premium",
          amount: money(absMoney(total)),
          strong: true,
        },
      ],
    );
  });
  paragraph(doc, `Yours sincerely,\n\nCustomer Services\n${d.insurer.name}`);
  paragraph(doc, d.insurer.address, { muted: true });
  return finish();
}
