import type { PolicyView } from "@/contract/policy";
import { FactsList } from "@/components/agent/facts-list";
import { Alert } from "@/components/ui/alert";
import { InstalmentTable, instalmentLabels } from "@/components/ui/instalment-table";
import { formatLongDate, formatMoney } from "@/lib/format";
import { planStanding } from "@/lib/payment/plan";
import { getLanguage, getT } from "@/lib/i18n/server";

/** The monthly schedule as it stands (our backend's `instalment_plan`; absent elsewhere: nothing shown). */
export async function InstalmentPlanFacts({ plan }: { plan: NonNullable<PolicyView["instalment_plan"]> }) {
  const [t, ui, account, { tag }] = await Promise.all([getT("agent"), getT("ui"), getT("account"), getLanguage()]);
  const money = (amount: string) => formatMoney(amount, plan.currency, tag);
  return (
    <div className="space-y-4">
      {plan.payment_problem ? (
        <Alert tone="warning" title={t("paymentProblem")}>
          {t("paymentProblemBody")}
        </Alert>
      ) : null}
      <FactsList
        facts={[
          {
            term: t("nextPayment"),
            value:
              plan.next_due_date && plan.next_amount
                ? t("amountOn", { amount: money(plan.next_amount), date: formatLongDate(plan.next_due_date, tag) })
                : planStanding(plan, account),
          },
          { term: t("takenAutomatically"), value: plan.recurring ? t("yes") : t("no") },
        ]}
      />
      <InstalmentTable
        id="instalment-table"
        caption={t("instalments")}
        instalments={plan.instalments}
        total={plan.total}
        money={money}
        labels={instalmentLabels(ui)}
        tag={tag}
      />
    </div>
  );
}
