import type { ReactNode } from "react";
import type { PolicyView } from "@/contract/policy";
import { PriceBreakdown } from "@/components/ui/price-breakdown";
import { coverPeriod } from "@/lib/account/words";
import { formatMoney } from "@/lib/format";
import { getLanguage, getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/section";
import { Facts } from "./facts";
import { StatusBadge } from "./status-badge";

/** The policy's key facts and its price (itemised fees and taxes when the API gives them). */
export async function PolicyOverview({ policy }: { policy: PolicyView }) {
  const [t, ts, { tag }] = await Promise.all([getT("account"), getT("status"), getLanguage()]);
  const rows: Array<[string, ReactNode]> = [
    [t("policyNumber"), policy.policy_number],
    [t("status"), <StatusBadge key="status" status={policy.status} t={t} ts={ts} />],
    [t("cover"), coverPeriod(policy.start_date, policy.end_date, t, tag)],
    [t("policyholder"), policy.customer_name || t("notGiven")],
  ];
  if (policy.payment_mode_name) rows.push([t("howYouPay"), policy.payment_mode_name]);
  if (policy.renewed_from_policy_number) rows.push([t("renewalOf"), policy.renewed_from_policy_number]);
  const breakdown = policy.price_breakdown;
  const money = (amount: string) => (breakdown?.currency ? formatMoney(amount, breakdown.currency, tag) : amount);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Section id="cover" title={t("yourCover")}>
        <Facts rows={rows} />
      </Section>
      {breakdown ? (
        <PriceBreakdown
          pricing={breakdown}
          title={t("yourPrice")}
          labels={{ premium: t("premium"), fees: t("totalFees"), taxes: t("totalTaxes"), total: t("totalToPay") }}
          locale={tag}
        />
      ) : (
        <Section id="price" title={t("yourPrice")}>
          <Facts
            rows={[
              [t("premium"), money(policy.pricing.policy_price)],
              [t("tax"), money(policy.pricing.tax_amount)],
              [t("total"), money(policy.pricing.total_amount)],
            ]}
          />
        </Section>
      )}
    </div>
  );
}
