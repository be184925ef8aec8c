import { Section } from "@/components/ui/section";
import { formatLongDate, formatMoney } from "@/lib/format";
import type { RenewalInvitation } from "@/lib/account/renewal";
import { getLanguage, getT } from "@/lib/i18n/server";

/** Last year's price beside this year's, line by line, and what changed; the renewal itself is the quote's steps. */
export async function RenewalInvitationCard({ invitation: inv }: { invitation: RenewalInvitation }) {
  const [t, { tag }] = await Promise.all([getT("account"), getLanguage()]);
  const m = (amount: string) => formatMoney(amount, inv.currency, tag);
  const diff = Number(inv.total.difference);
  const by = m(inv.total.difference.replace("-", ""));
  const change = diff === 0 ? t("sameAsLastYear") : t(diff > 0 ? "moreThanLastYear" : "lessThanLastYear", { by });
  return (
    <Section
      id="renewal-invitation"
      title={t("renewalPrice")}
      description={t("renewalPriceLead", {
        end: formatLongDate(inv.current_end_date, tag),
        start: formatLongDate(inv.renewal_start_date, tag),
        price: m(inv.total.this_year),
        change,
      })}
    >
      <table className="w-full text-start">
        <caption className="sr-only">{t("renewalCaption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pe-4">
              {t("item")}
            </th>
            <th scope="col" className="py-2 pe-4 text-end">
              {t("lastYear")}
            </th>
            <th scope="col" className="py-2 text-end">
              {t("thisYear")}
            </th>
          </tr>
        </thead>
        <tbody>
          {inv.lines.map((l) => (
            <tr key={l.id} className="border-b border-line">
              <th scope="row" className="py-2 pe-4 font-normal">
                {l.label}
              </th>
              <td className="py-2 pe-4 text-end">{m(l.last_year)}</td>
              <td className="py-2 text-end">{m(l.this_year)}</td>
            </tr>
          ))}
          <tr className="font-bold">
            <th scope="row" className="py-2 pe-4">
              {t("total")}
            </th>
            <td className="py-2 pe-4 text-end">{m(inv.total.last_year)}</td>
            <td className="py-2 text-end">{m(inv.total.this_year)}</td>
          </tr>
        </tbody>
      </table>
      <h3 className="mt-4 font-bold">{t("whatChanged")}</h3>
      {inv.changes.length ? (
        <ul className="mt-1 list-disc ps-5">
          {inv.changes.map((c) => (
            <li key={c.title}>{t("changedFromTo", { title: c.title, before: c.before, after: c.after })}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{t("nothingChanged")}</p>
      )}
      <p className="mt-4">
        {inv.automatic_renewal?.on
          ? t("renewsOn", { date: formatLongDate(inv.renewal_start_date, tag) })
          : t("checkBeforeRenewing")}
      </p>
    </Section>
  );
}
