import { Section } from "@/components/ui/section";
import { formatLongDate, formatMoney } from "@/lib/format";
import type { RenewalInvitation } from "@/lib/account/renewal";

/** Last year's price beside this year's, line by line, and what changed; the renewal itself is the quote's steps. */
export function RenewalInvitationCard({ invitation: inv }: { invitation: RenewalInvitation }) {
  const m = (amount: string) => formatMoney(amount, inv.currency);
  const diff = Number(inv.total.difference);
  const change =
    diff === 0
      ? "the same as last year"
      : `${m(inv.total.difference.replace("-", ""))} ${diff > 0 ? "more" : "less"} than last year`;
  return (
    <Section
      id="renewal-invitation"
      title="Your renewal price"
      description={
        `Your cover ends on ${formatLongDate(inv.current_end_date)}. Renewing from ` +
        `${formatLongDate(inv.renewal_start_date)} costs ${m(inv.total.this_year)}, ${change}.`
      }
    >
      <table className="w-full text-left">
        <caption className="sr-only">Last year&apos;s price and this year&apos;s, line by line</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-4">
              Item
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Last year
            </th>
            <th scope="col" className="py-2 text-right">
              This year
            </th>
          </tr>
        </thead>
        <tbody>
          {inv.lines.map((l) => (
            <tr key={l.id} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-normal">
                {l.label}
              </th>
              <td className="py-2 pr-4 text-right">{m(l.last_year)}</td>
              <td className="py-2 text-right">{m(l.this_year)}</td>
            </tr>
          ))}
          <tr className="font-bold">
            <th scope="row" className="py-2 pr-4">
              Total
            </th>
            <td className="py-2 pr-4 text-right">{m(inv.total.last_year)}</td>
            <td className="py-2 text-right">{m(inv.total.this_year)}</td>
          </tr>
        </tbody>
      </table>
      <h3 className="mt-4 font-bold">What changed</h3>
      {inv.changes.length ? (
        <ul className="mt-1 list-disc pl-5">
          {inv.changes.map((c) => (
            <li key={c.title}>{`${c.title}: ${c.before} → ${c.after}`}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">None of your answers has changed.</p>
      )}
      <p className="mt-4">
        {inv.automatic_renewal?.on
          ? `Your policy renews automatically on ${formatLongDate(inv.renewal_start_date)} with the card you pay by.`
          : "Check your answers and change any that are out of date before you renew."}
      </p>
    </Section>
  );
}
