import Link from "next/link";
import { coverPeriod } from "@/lib/account/words";
import { priceRow } from "@/lib/account/list-price";
import { policyPath } from "@/lib/account/paths";
import type { AccountPolicyItem } from "@/lib/account/schemas";
import { suspendedSentence } from "@/lib/account/suspension";
import { getLanguage, getT } from "@/lib/i18n/server";
import { StatusBadge } from "./status-badge";

/** One policy in the list: what it covers, its number and status, when, and for how much. */
export async function PolicyCard({ policy }: { policy: AccountPolicyItem }) {
  const [t, ts, { tag }] = await Promise.all([getT("account"), getT("status"), getLanguage()]);
  const rows: Array<[string, string]> = [
    [t("policyNumber"), policy.policy_number],
    [t("cover"), coverPeriod(policy.start_date, policy.end_date, t, tag)],
    priceRow(policy, t, tag),
  ];
  const suspended = suspendedSentence(policy.status, t, tag);
  return (
    <article className="rounded-lg border border-line bg-white p-5 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 className="text-xl font-bold">
          <Link href={policyPath(policy.policy_number)}>
            {policy.subproduct_name || policy.product_name}
            <span className="sr-only">{t("commaPolicyN", { n: policy.policy_number })}</span>
          </Link>
        </h2>
        <StatusBadge status={policy.status} t={t} ts={ts} />
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-3">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="font-semibold break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {suspended ? <p className="mt-3 text-warning">{suspended}</p> : null}
    </article>
  );
}
