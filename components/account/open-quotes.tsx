import Link from "next/link";
import { STATUSES } from "@/contract/statuses";
import { formatMoment } from "@/lib/account/words";
import { priceRow } from "@/lib/account/list-price";
import type { AccountPolicyItem } from "@/lib/account/schemas";
import { quotePath } from "@/lib/journey/paths";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";
import { Section } from "@/components/ui/section";

/** The customer's quotes still being bought, each to continue on this device, wherever it was started. */
export async function OpenQuotes({ quotes }: { quotes: AccountPolicyItem[] }) {
  if (quotes.length === 0) return null;
  const [t, ts, { tag }] = await Promise.all([getT("account"), getT("status"), getLanguage()]);
  const whereItStands = (status: string) => (status === STATUSES.S_NEW ? t("notFinished") : statusName(status, ts));
  return (
    <Section id="quotes" title={t("yourQuotes")} description={t("quotesLead")}>
      <ul aria-label={t("yourQuotes")} className="divide-y divide-line">
        {quotes.map((q) => {
          const name = q.subproduct_name || q.product_name;
          const rows: Array<[string, string]> = [
            [t("quoteNumber"), q.policy_number],
            [t("whereItStands"), whereItStands(q.status)],
            priceRow(q, t, tag, true),
            ...(q.updated_at ? [[t("lastChanged"), formatMoment(q.updated_at, tag)] as [string, string]] : []),
          ];
          return (
            <li key={q.policy_number} className="py-4 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-baseline justify-between gap-3">
                <h3 className="text-lg font-bold">{name}</h3>
                <Link href={quotePath(q.policy_number)} className="inline-flex min-h-11 items-center font-semibold">
                  {t("continue")}
                  <span className="sr-only">{` ${t("continueWhich", { name, n: q.policy_number })}`}</span>
                </Link>
              </div>
              <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
                {rows.map(([label, value]) => (
                  <div key={label}>
                    <dt className="text-sm text-muted">{label}</dt>
                    <dd className="font-semibold break-words">{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
