import type { ReactNode } from "react";
import type { PolicyView } from "@/contract/policy";
import { PriceBreakdown } from "@/components/ui/price-breakdown";
import { formatMoney } from "@/lib/format";
import { coverText } from "@/lib/format";
import { Section } from "@/components/ui/section";
import { Facts } from "./facts";
import { StatusBadge } from "./status-badge";

/** The policy's key facts and its price (itemised fees and taxes when the API gives them). */
export function PolicyOverview({ policy }: { policy: PolicyView }) {
  const rows: Array<[string, ReactNode]> = [
    ["Policy number", policy.policy_number],
    ["Status", <StatusBadge key="status" status={policy.status} />],
    ["Cover", coverText(policy.start_date, policy.end_date)],
    ["Policyholder", policy.customer_name || "Not given"],
  ];
  if (policy.payment_mode_name) rows.push(["How you pay", policy.payment_mode_name]);
  if (policy.renewed_from_policy_number) rows.push(["Renewal of", policy.renewed_from_policy_number]);
  const breakdown = policy.price_breakdown;
  const money = (amount: string) => (breakdown?.currency ? formatMoney(amount, breakdown.currency) : amount);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Section id="cover" title="Your cover">
        <Facts rows={rows} />
      </Section>
      {breakdown ? (
        <PriceBreakdown pricing={breakdown} title="Your price" />
      ) : (
        <Section id="price" title="Your price">
          <Facts
            rows={[
              ["Premium", money(policy.pricing.policy_price)],
              ["Tax", money(policy.pricing.tax_amount)],
              ["Total", money(policy.pricing.total_amount)],
            ]}
          />
        </Section>
      )}
    </div>
  );
}
