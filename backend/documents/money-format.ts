import Decimal from "decimal.js";
import { formatMoney as formatMoneyFor } from "../../contract/format/money";
import { DEFAULT_LOCALE, INTL_TAG, type Locale } from "../../contract/locales";

const MONEY = /^(-?)(\d+)\.(\d{2})$/;

const symbols = new Map<string, string>();

/** The currency's symbol as en-GB writes it ("£", "€", "US$"), or the code itself when unknown. */
export function currencySymbol(currency: string): string {
  if (!currency) return "";
  // Making a NumberFormat is costly (a policy view formats several amounts): once per currency is enough.
  let symbol = symbols.get(currency);
  if (symbol === undefined) {
    symbol = symbolOf(currency);
    if (symbols.size < 500) symbols.set(currency, symbol);
  }
  return symbol;
}

function symbolOf(currency: string): string {
  try {
    const parts = new Intl.NumberFormat("en-GB", { style: "currency", currency }).formatToParts(0);
    return parts.find((p) => p.type === "currency")?.value ?? currency;
  } catch {
    return `${currency} `;
  }
}

/**
 * "1234.50" in GBP → "£1,234.50"; "-5.00" → "-£5.00". Works on the decimal string, never a float. In another
 * language, Intl places the symbol and groups the digits for it ("1,234.50 UK£" in Arabic, Latin digits).
 */
export function formatMoney(amount: string, currency: string, locale: Locale = DEFAULT_LOCALE): string {
  const m = MONEY.exec(normalise(amount));
  if (!m) throw new Error(`Not a money amount: "${amount}" (expected a decimal string such as "20.10")`);
  if (locale !== DEFAULT_LOCALE) return formatMoneyFor(normalise(amount), currency, INTL_TAG[locale]);
  const [, sign, whole, cents] = m;
  const grouped = whole.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${currencySymbol(currency)}${grouped}.${cents}`;
}

/** The exact sum of decimal strings, with two places. */
export function sumMoney(amounts: string[]): string {
  return amounts.reduce((acc, a) => acc.plus(a), new Decimal(0)).toFixed(2);
}

export const isNegative = (amount: string) => new Decimal(amount).isNegative() && !new Decimal(amount).isZero();
export const absMoney = (amount: string) => new Decimal(amount).abs().toFixed(2);

function normalise(amount: string): string {
  return /^-?\d+(\.\d+)?$/.test(amount.trim()) ? new Decimal(amount.trim()).toFixed(2, Decimal.ROUND_HALF_UP) : amount;
}
