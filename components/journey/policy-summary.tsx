import type { PolicyView } from "@/contract/policy";
import { formatLongDate } from "@/lib/format/date";
import type { Translate } from "@/lib/i18n/catalogue";
import { formatMoney } from "@/lib/format";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

/** What was paid: the successful payments added up in pence, or null when nothing is recorded. */
export function amountPaid(policy: PolicyView): string | null {
  const paid = policy.payments.filter((p) => /succe|paid|approved/i.test(p.status));
  if (paid.length === 0) return null;
  const pence = paid.reduce((sum, p) => sum + BigInt(p.amount.replace(".", "")), 0n);
  const text = pence.toString().padStart(3, "0");
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

function cover(policy: PolicyView, t: Translate, tag: string): string {
  const { start_date: start, end_date: end } = policy;
  const day = (iso: string) => formatLongDate(iso, tag);
  if (start && end) return t("coverFromTo", { start: day(start), end: day(end) });
  if (start) return t("coverFrom", { start: day(start) });
  return t("notSet");
}

/** The policy's key facts, number first. */
export async function PolicySummary({ policy }: { policy: PolicyView }) {
  const t = await getT("pages");
  const { tag } = await getLanguage();
  const paid = amountPaid(policy);
  const currency = policy.price_breakdown?.currency;
  const rows: Array<[string, string]> = [
    [t("status"), statusName(policy.status, await getT("status"))],
    [t("cover"), cover(policy, t, tag)],
    [t("amountPaid"), paid ? (currency ? formatMoney(paid, currency, tag) : paid) : t("nothingYet")],
  ];
  if (policy.payment_mode_name) rows.push([t("payment"), policy.payment_mode_name]);
  return (
    <div className="space-y-6 rounded-lg border border-line bg-white p-5 sm:p-8">
      <div>
        <p className="text-muted">{t("policyNumber")}</p>
        <p className="text-3xl font-bold tracking-wide" data-testid="policy-number">
          {policy.policy_number}
        </p>
      </div>
      <dl className="divide-y divide-line">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 py-3 sm:grid-cols-3">
            <dt className="font-semibold">{label}</dt>
            <dd className="sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
