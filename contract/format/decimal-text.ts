import Decimal from "decimal.js";

// Apart from formatMoney (contract/format/money.ts), which the browser uses without decimal.js.
/** A JSON number amount (the v3 list's premium) as a decimal string, rounded half up from its shortest form. */
export function decimalText(amount: number, places = 2): string {
  return new Decimal(String(amount)).toFixed(places, Decimal.ROUND_HALF_UP);
}
