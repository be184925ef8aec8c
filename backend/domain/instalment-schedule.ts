import Decimal from "decimal.js";
import { parseISODate } from "../../contract/rules/relative-date";
import type { PlannedInstalment } from "../../contract/journey";

export type { PlannedInstalment };

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The date `months` months after `anchor`, counted from the anchor each time (not chained), and clamped to the
 * month's last day: 31 Jan → 28 Feb (29 in a leap year) → 31 Mar.
 */
export function addMonthsClamped(anchor: string, months: number): string {
  const a = parseISODate(anchor);
  if (!a) throw new Error(`Not an ISO date: ${anchor}`);
  const index = a.y * 12 + (a.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(a.d, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Splits `total` into `count` monthly instalments. The first is taken at purchase (`firstDate`), as a deposit; the
 * rest follow the cover's months, as an insurer collects them: the second a month after the cover starts, each next
 * one a month later, on the cover start's day of the month (clamped at month ends). For cover that starts on the
 * purchase day (or without a later start) that is simply monthly from the purchase. Every instalment but the first is
 * the total divided by the count, rounded DOWN to the penny; the FIRST instalment carries the rounding difference
 * (total minus the others), so it is never less than the rest (by under `count` pence) and the amounts always sum
 * exactly to the total. £99.15 over 12: £8.29, then 11 × £8.26.
 */
export function instalmentSchedule(
  total: string,
  count: number,
  firstDate: string,
  coverStart?: string | null,
): PlannedInstalment[] {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`An instalment count must be a whole number ≥ 1: ${count}`);
  const sum = new Decimal(total);
  if (!sum.isFinite() || sum.isNegative()) throw new Error(`An instalment total must be an amount ≥ 0: ${total}`);
  const regular = sum.div(count).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const first = sum.minus(regular.times(count - 1));
  const anchor = coverStart && coverStart > firstDate ? coverStart : firstDate;
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    due_date: i === 0 ? firstDate : addMonthsClamped(anchor, i),
    amount: (i === 0 ? first : regular).toFixed(2),
  }));
}
