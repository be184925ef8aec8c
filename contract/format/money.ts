const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Formats a decimal string as money without going through a float: the digits come from the
 * string; Intl only supplies the symbol, grouping and order for the locale.
 */
export function formatMoney(amount: string, currency: string, locale = "en-GB"): string {
  const match = AMOUNT.exec(amount.trim());
  if (!match) return `${amount} ${currency}`;
  const [, sign, whole, fraction = ""] = match;
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: fraction.length,
      maximumFractionDigits: fraction.length,
    });
  } catch {
    return `${amount} ${currency}`;
  }
  const grouped = format
    .formatToParts(BigInt(whole))
    .filter((part) => part.type === "integer" || part.type === "group")
    .map((part) => part.value)
    .join("");
  let out = "";
  let placed = false;
  for (const part of format.formatToParts(sign ? -1n : 1n)) {
    if (part.type === "integer" || part.type === "group") {
      if (!placed) out += grouped;
      placed = true;
    } else {
      out += part.type === "fraction" ? fraction : part.value;
    }
  }
  return out;
}
