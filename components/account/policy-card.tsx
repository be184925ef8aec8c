import Link from "next/link";
import { coverText } from "@/lib/format";
import { priceRow } from "@/lib/account/list-price";
import { policyPath } from "@/lib/account/paths";
import type { AccountPolicyItem } from "@/lib/account/schemas";
import { StatusBadge } from "./status-badge";
import { suspendedSentence } from "@/lib/account/suspension";

/** One policy in the list: what it covers, its number and status, when, and for how much. */
export function PolicyCard({ policy }: { policy: AccountPolicyItem }) {
  const rows: Array<[string, string]> = [
    ["Policy number", policy.policy_number],
    ["Cover", coverText(policy.start_date, policy.end_date)],
    priceRow(policy),
  ];
  return (
    <article className="rounded-lg border border-line bg-white p-5 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 className="text-xl font-bold">
          <Link href={policyPath(policy.policy_number)}>
            {policy.subproduct_name || policy.product_name}
            <span className="sr-only">, policy {policy.policy_number}</span>
          </Link>
        </h2>
        <StatusBadge status={policy.status} />
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-3">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="font-semibold break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {suspendedSentence(policy.status) ? (
        <p className="mt-3 text-warning">{suspendedSentence(policy.status)}</p>
      ) : null}
    </article>
  );
}
