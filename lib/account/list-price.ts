import { formatAmount, formatMoney } from "@/lib/format";
import type { AccountPolicyItem } from "@/lib/account/schemas";

/** A list item's price row: the whole price when the backend gives it, else the v3 premium, before tax. */
export function priceRow(item: AccountPolicyItem, label = "Price"): [string, string] {
  if (item.total_price && item.currency) return [label, formatMoney(item.total_price, item.currency)];
  if (item.premium === null || item.premium === undefined) return [label, "Not priced yet"];
  return [`${label} before tax`, formatAmount(item.premium, item.currency, "Not priced yet")];
}
