import type { PolicyView } from "@/contract/policy";
import { Alert } from "@/components/ui/alert";
import { InstalmentTable, instalmentLabels } from "@/components/ui/instalment-table";
import { Section } from "@/components/ui/section";
import { formatLongDate, formatMoney } from "@/lib/format";
import { planStanding } from "@/lib/payment/plan";
import { getLanguage, getT } from "@/lib/i18n/server";

/** A policy paid monthly: the next payment and every payment's date, amount and whether it was taken. */
export async function InstalmentPlan({ policy }: { policy: PolicyView }) {
  const plan = policy.instalment_plan;
  if (!plan) return null; // paid at once, or a backend without the schedule
  const [t, ui, { tag }] = await Promise.all([getT("account"), getT("ui"), getLanguage()]);
  const money = (amount: string) => formatMoney(amount, plan.currency, tag);
  return (
    <Section id="instalments" title={t("monthlyPayments")}>
      <div className="space-y-4">
        {plan.payment_problem ? (
          <Alert tone="warning" title={t("paymentProblem")}>
            {t("paymentProblemText")}
          </Alert>
        ) : null}
        <p>
          {plan.next_due_date && plan.next_amount
            ? t("nextPayment", { amount: money(plan.next_amount), date: formatLongDate(plan.next_due_date, tag) })
            : planStanding(plan, t)}
        </p>
        <InstalmentTable
          id="instalment-table"
          caption={t("instalmentsCaption")}
          instalments={plan.instalments}
          total={plan.total}
          money={money}
          labels={instalmentLabels(ui)}
          tag={tag}
        />
      </div>
    </Section>
  );
}
