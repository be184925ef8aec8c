import type { EndorsementQuote } from "@/contract/endorsement";
import { formatLongDate, formatMoney } from "@/lib/format";

/** What a change does: each answer before and after, and each part of the price for the rest of the term. */
export function ChangePreview({ quote: q }: { quote: EndorsementQuote }) {
  const money = (amount: string) => formatMoney(amount, q.currency);
  const total = q.total_difference.replace(/^-/, "");
  const totalLabel =
    q.direction === "charge" ? "To pay now" : q.direction === "refund" ? "We'll refund" : "No change in price";
  return (
    <section
      aria-label="The change and its price"
      aria-live="polite"
      className="max-w-2xl rounded border border-line p-4"
    >
      <h3 className="font-semibold">Your change</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {q.changes.map((c) => (
          <li key={`${c.form_id}.${c.name}`}>
            <span className="font-medium">{c.title}</span>: {c.before} → {c.after}
          </li>
        ))}
      </ul>
      <p className="mt-3">
        {`From ${formatLongDate(q.effective_date)}, ${q.days_remaining} of the ${q.days_in_term} days of cover remain: ` +
          "each part of the price changes for those days."}
      </p>
      <table className="mt-3 w-full text-left">
        <thead>
          <tr className="text-muted">
            <th scope="col" className="py-1 font-normal">
              Part of the price
            </th>
            <th scope="col" className="py-1 text-right font-normal">
              Was (a year)
            </th>
            <th scope="col" className="py-1 text-right font-normal">
              Now (a year)
            </th>
            <th scope="col" className="py-1 text-right font-normal">
              For the rest of the term
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {q.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row" className="py-1 font-normal">
                {l.label}
              </th>
              <td className="py-1 text-right">{money(l.before)}</td>
              <td className="py-1 text-right">{money(l.after)}</td>
              <td className="py-1 text-right">{money(l.difference)}</td>
            </tr>
          ))}
          {q.refund_limited_by_paid !== "0.00" ? (
            <tr>
              <th scope="row" className="py-1 font-normal">
                Less: more than was paid
              </th>
              <td />
              <td />
              <td className="py-1 text-right">{money(q.refund_limited_by_paid)}</td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr className="border-t border-line font-semibold">
            <th scope="row" className="py-1" colSpan={3}>
              {totalLabel}
            </th>
            <td className="py-1 text-right tabular-nums">{q.direction === "none" ? "" : money(total)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
