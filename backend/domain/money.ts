import Decimal from "decimal.js";
import type { Pricing } from "../../contract/pricing";

export const ZERO = "0.00";
export const fixed = (d: Decimal.Value) => new Decimal(d).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** The v3 three-figure summary of the itemised price: price before tax, tax, total. */
export function priceInfo(p: Pricing) {
  return {
    currency: p.currency,
    policy_price: fixed(new Decimal(p.total).minus(p.total_taxes)),
    tax_amount: p.total_taxes,
    total_price: p.total,
  };
}
