import { decimalText } from "@/contract/format/decimal-text";
import { formatMoney } from "@/contract/format/money";

/** A number amount (the v3 list's premium) as money, never through float arithmetic; `empty` when there is none. */
export function formatAmount(amount: number | null | undefined, currency: string, empty = "—", tag = "en-GB"): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return empty;
  const text = decimalText(amount);
  return currency ? formatMoney(text, currency, tag) : text;
}
