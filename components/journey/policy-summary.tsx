import type { PolicyView } from "@/contract/policy";
import { formatLongDate } from "@/contract/rules";
import { formatMoney } from "@/lib/format";

/** What was paid: the successful payments added up in pence, or null when nothing is recorded. */
export function amountPaid(policy: PolicyView): string | null {
  const paid = policy.payments.filter((p) => /succe|paid|approved/i.test(p.status));
  if (paid.length === 0) return null;
  const pence = paid.reduce((sum, p) => sum + BigInt(p.amount.replace(".", "")), 0n);
  const text = pence.toString().padStart(3, "0");
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

function cover(policy: PolicyView): string {
  const { start_date: start, end_date: end } = policy;
  if (start && end) return `${formatLongDate(start)} to ${formatLongDate(end)}`;
  if (start) return `From ${formatLongDate(start)}`;
  return "Not set yet";
}

/** The policy's key facts, number first. */
export function PolicySummary({ policy }: { policy: PolicyView }) {
  const paid = amountPaid(policy);
  const currency = policy.price_breakdown?.currency;
  const rows: Array<[string, string]> = [
    ["Status", policy.status],
    ["Cover", cover(policy)],
    ["Amount paid", paid ? (currency ? formatMoney(paid, currency) : paid) : "Nothing yet"],
  ];
  if (policy.payment_mode_name) rows.push(["Payment", policy.payment_mode_name]);
  return (
    <div className="space-y-6 rounded-lg border border-line bg-white p-5 sm:p-8">
      <div>
        <p className="text-muted">Policy number</p>
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
