const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

// Making an Intl.NumberFormat costs far more than using one, and a page or a document formats many amounts.
const formats = new Map<string, Intl.NumberFormat | null>();
function numberFormat(locale: string, currency: string, digits: number): Intl.NumberFormat | null {
  const key = `${locale}|${currency}|${digits}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    } catch {
      format = null;
    }
    if (formats.size < 500) formats.set(key, format);
  }
  return format;
}

/**
 * Formats a decimal string as money without going through a float: the digits come from the
 * string; Intl only supplies the symbol, grouping and order for the locale.
 */
export function formatMoney(amount: string, currency: string, locale = "en-GB"): string {
  const match = AMOUNT.exec(amount.trim());
  if (!match) return `${amount} ${currency}`;
  const [, sign, whole, fraction = ""] = match;
  const format = numberFormat(locale, currency, fraction.length);
  if (!format) return `${amount} ${currency}`;
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
