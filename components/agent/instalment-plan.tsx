import type { PolicyView } from "@/contract/policy";
import { FactsList } from "@/components/agent/facts-list";
import { Alert } from "@/components/ui/alert";
import { InstalmentTable } from "@/components/ui/instalment-table";
import { formatLongDate, formatMoney } from "@/lib/format";
import { planStanding } from "@/lib/payment/plan";

/** The monthly schedule as it stands (our backend's `instalment_plan`; absent elsewhere: nothing shown). */
export function InstalmentPlanFacts({ plan }: { plan: NonNullable<PolicyView["instalment_plan"]> }) {
  const money = (amount: string) => formatMoney(amount, plan.currency);
  return (
    <div className="space-y-4">
      {plan.payment_problem ? (
        <Alert tone="warning" title="Payment problem">
          An instalment was declined on every try. See the payments and the messages sent below.
        </Alert>
      ) : null}
      <FactsList
        facts={[
          {
            term: "Next payment",
            value:
              plan.next_due_date && plan.next_amount
                ? `${money(plan.next_amount)} on ${formatLongDate(plan.next_due_date)}`
                : planStanding(plan),
          },
          { term: "Taken automatically", value: plan.recurring ? "Yes" : "No" },
        ]}
      />
      <InstalmentTable
        id="instalment-table"
        caption="Instalments"
        instalments={plan.instalments}
        total={plan.total}
        money={money}
      />
    </div>
  );
}
