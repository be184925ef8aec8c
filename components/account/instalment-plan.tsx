import type { PolicyView } from "@/contract/policy";
import { Alert } from "@/components/ui/alert";
import { InstalmentTable } from "@/components/ui/instalment-table";
import { Section } from "@/components/ui/section";
import { formatLongDate, formatMoney } from "@/lib/format";
import { planStanding } from "@/lib/payment/plan";

/** A policy paid monthly: the next payment and every payment's date, amount and whether it was taken. */
export function InstalmentPlan({ policy }: { policy: PolicyView }) {
  const plan = policy.instalment_plan;
  if (!plan) return null; // paid at once, or a backend without the schedule
  const money = (amount: string) => formatMoney(amount, plan.currency);
  return (
    <Section id="instalments" title="Your monthly payments">
      <div className="space-y-4">
        {plan.payment_problem ? (
          <Alert tone="warning" title="We couldn't take a payment">
            Your bank declined a monthly payment each time we tried. Please contact us to pay it another way.
          </Alert>
        ) : null}
        <p>
          {plan.next_due_date && plan.next_amount
            ? `Next payment: ${money(plan.next_amount)} on ${formatLongDate(plan.next_due_date)}.`
            : planStanding(plan)}
        </p>
        <InstalmentTable
          id="instalment-table"
          caption="Each monthly payment: its date, amount and whether it was taken"
          instalments={plan.instalments}
          total={plan.total}
          money={money}
        />
      </div>
    </Section>
  );
}
