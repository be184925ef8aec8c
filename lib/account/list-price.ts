import { decimalText } from "@/contract/format/decimal-text";
import { formatMoney } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import type { AccountPolicyItem } from "@/lib/account/schemas";

/**
 * A list item's price row (`t`: the account's words): the whole price when the backend gives it, else the v3
 * premium, said to be before tax. `soFar`: a quote's price, still being worked out.
 */
export function priceRow(item: AccountPolicyItem, t: Translate, tag: string, soFar = false): [string, string] {
  const label = soFar ? "priceSoFar" : "price";
  if (item.total_price && item.currency) return [t(label), formatMoney(item.total_price, item.currency, tag)];
  const premium = item.premium;
  if (premium === null || premium === undefined || !Number.isFinite(premium)) return [t(label), t("notPriced")];
  const text = decimalText(premium);
  return [t(`${label}BeforeTax`), item.currency ? formatMoney(text, item.currency, tag) : text];
}
