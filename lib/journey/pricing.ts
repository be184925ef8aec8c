import type { Pricing } from "@/contract/pricing";

type PriceInfo = { currency: string; policy_price: string; tax_amount: string; total_price: string };

/**
 * The confirm review's short price_info as a breakdown (its tax row named `taxLabel`), for a backend that sends no
 * itemised pricing.
 */
export function pricingFromInfo(info: PriceInfo, taxLabel: string): Pricing {
  return {
    currency: info.currency,
    amount_pre_fees_and_taxes: info.policy_price,
    fees: [],
    total_fees: "0.00",
    taxes: [{ id: "tax", label: taxLabel, amount: info.tax_amount }],
    total_taxes: info.tax_amount,
    total: info.total_price,
  };
}
