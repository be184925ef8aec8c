import type { PolicyView } from "@/contract/policy";
import { formatMoney } from "@/lib/format";
import { formatTimestamp } from "@/lib/format";
import { Section } from "@/components/ui/section";

/** Every payment the API records for the policy, newest first. */
export function PaymentsList({ policy }: { policy: PolicyView }) {
  const currency = policy.price_breakdown?.currency;
  const payments = [...policy.payments].reverse();
  return (
    <Section id="payments" title="Payments">
      {payments.length === 0 ? (
        <p>No payments yet.</p>
      ) : (
        <ul className="divide-y divide-line">
          {payments.map((p, i) => (
            <li key={`${p.payment_reference}-${i}`} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
              <p className="font-semibold tabular-nums">{currency ? formatMoney(p.amount, currency) : p.amount}</p>
              <p>{p.status}</p>
              <p className="text-muted">
                {formatTimestamp(p.timestamp)}
                {p.payment_reference ? (
                  <>
                    <br />
                    Reference {p.payment_reference}
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
