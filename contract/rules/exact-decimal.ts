/**
 * Exact decimals as strings, for the rules engine's decimal type: read, compare and pad, never round. The browser runs
 * this on every form with a decimal field, so it is a few lines instead of decimal.js (12 KB gzip); the backend's money
 * maths stays on decimal.js. `exact-decimal.test.ts` holds it to decimal.js on generated values.
 */

/** A finite decimal: sign, integer digits without leading zeros ("0" at least), fraction without trailing zeros. */
export type ExactDecimal = { negative: boolean; whole: string; fraction: string };

const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const MAX_EXPONENT = 1_000;

/** Reads "12.50", "-0.3", "1e3", ".5" or a finite number; null for anything else (words, NaN, Infinity). */
export function readDecimal(input: string | number): ExactDecimal | null {
  if (typeof input === "number" && !Number.isFinite(input)) return null;
  const match = PLAIN.exec(String(input).trim());
  if (!match || (!match[2] && !match[3])) return null;
  const exponent = match[4] ? Number(match[4]) : 0;
  if (Math.abs(exponent) > MAX_EXPONENT) return null;
  let digits = (match[2] ?? "") + (match[3] ?? "");
  // Where the point sits in `digits`, moved by the exponent; padded with zeros on whichever side it left.
  let point = (match[2] ?? "").length + exponent;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+/, "") || "0";
  const fraction = digits.slice(point).replace(/0+$/, "");
  const zero = whole === "0" && fraction === "";
  return { negative: match[1] === "-" && !zero, whole, fraction };
}

/** Digits after the point, trailing zeros not counted ("1.50" has 1). */
export const decimalPlaces = (d: ExactDecimal): number => d.fraction.length;

/** Written with exactly `places` digits after the point; `places` must not be fewer than the value has. */
export function decimalFixed(d: ExactDecimal, places: number): string {
  if (places < d.fraction.length) throw new RangeError("decimalFixed pads; it never rounds");
  const fraction = d.fraction.padEnd(places, "0");
  return `${d.negative ? "-" : ""}${d.whole}${places > 0 ? `.${fraction}` : ""}`;
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compareDecimals(a: ExactDecimal, b: ExactDecimal): number {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  const sign = a.negative ? -1 : 1;
  if (a.whole.length !== b.whole.length) return a.whole.length > b.whole.length ? sign : -sign;
  if (a.whole !== b.whole) return a.whole > b.whole ? sign : -sign;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, "0");
  const fb = b.fraction.padEnd(width, "0");
  return fa === fb ? 0 : fa > fb ? sign : -sign;
}
