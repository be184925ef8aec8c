import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { addMonthsClamped, instalmentSchedule } from "./instalment-schedule";

describe("addMonthsClamped", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"], // leap year
    ["2026-01-31", 2, "2026-03-31"], // from the anchor, not from 28 Feb
    ["2026-01-31", 3, "2026-04-30"],
    ["2026-03-31", 11, "2027-02-28"],
    ["2027-12-15", 1, "2028-01-15"],
    ["2026-12-01", 11, "2027-11-01"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2100-01-29", 1, "2100-02-28"], // 2100 is not a leap year
    ["2000-01-30", 1, "2000-02-29"], // 2000 is
  ])("%s + %i months is %s", (anchor, months, expected) => {
    expect(addMonthsClamped(anchor, months)).toBe(expected);
  });
});

// [total, count, first instalment, every other instalment]
const amounts: Array<[string, number, string, string]> = [
  ["99.15", 12, "8.29", "8.26"], // 8.2625 → 8.26 × 11 = 90.86; 99.15 − 90.86 = 8.29
  ["337.30", 12, "28.20", "28.10"], // 28.1083 → 28.10 × 11 = 309.10
  ["72.80", 12, "6.14", "6.06"], // 6.0666 → 6.06 × 11 = 66.66; 72.80 − 66.66 = 6.14
  ["120.00", 12, "10.00", "10.00"], // divides exactly
  ["0.05", 12, "0.05", "0.00"],
  ["0.00", 12, "0.00", "0.00"],
  ["100.00", 3, "33.34", "33.33"],
  ["10.01", 1, "10.01", ""],
  ["1999.99", 10, "200.08", "199.99"],
];

describe("instalmentSchedule", () => {
  it.each(amounts)("£%s over %i: first £%s, then £%s", (total, count, first, rest) => {
    const s = instalmentSchedule(total, count, "2026-12-01");
    expect(s).toHaveLength(count);
    expect(s[0].amount).toBe(first);
    for (const i of s.slice(1)) expect(i.amount).toBe(rest);
    const sum = s.reduce((acc, i) => acc.plus(i.amount), new Decimal(0));
    expect(sum.toFixed(2)).toBe(total);
    expect(new Decimal(first).gte(rest || 0)).toBe(true);
  });

  it("dates monthly from the first date, month-end and leap-year safe", () => {
    expect(instalmentSchedule("99.15", 12, "2028-01-31").map((i) => i.due_date)).toEqual([
      "2028-01-31",
      "2028-02-29",
      "2028-03-31",
      "2028-04-30",
      "2028-05-31",
      "2028-06-30",
      "2028-07-31",
      "2028-08-31",
      "2028-09-30",
      "2028-10-31",
      "2028-11-30",
      "2028-12-31",
    ]);
    expect(
      instalmentSchedule("99.15", 12, "2026-12-01")
        .map((i) => [i.number, i.due_date])
        .slice(0, 3),
    ).toEqual([
      [1, "2026-12-01"],
      [2, "2027-01-01"],
      [3, "2027-02-01"],
    ]);
  });

  it("refuses a count or total it cannot split", () => {
    expect(() => instalmentSchedule("99.15", 0, "2026-12-01")).toThrow();
    expect(() => instalmentSchedule("-1.00", 12, "2026-12-01")).toThrow();
    expect(() => instalmentSchedule("99.15", 12, "2026-02-30")).toThrow();
  });
});

// Cover that starts after the purchase: the first instalment at purchase, the rest monthly from the cover start.
// [total, count, bought on, cover starts, every due date, first amount, the rest]
const later: Array<[string, number, string, string, string[], string, string]> = [
  [
    "99.15",
    4,
    "2026-12-01",
    "2026-12-20",
    ["2026-12-01", "2027-01-20", "2027-02-20", "2027-03-20"],
    "24.81", // 99.15 − 3 × 24.78
    "24.78",
  ],
  [
    "100.00",
    3,
    "2026-12-15",
    "2027-01-31", // month ends: 28 Feb, then 31 Mar (counted from the start, not chained)
    ["2026-12-15", "2027-02-28", "2027-03-31"],
    "33.34",
    "33.33",
  ],
  [
    "72.80",
    12,
    "2027-12-10",
    "2028-01-29", // leap year: 29 Feb 2028, and 29 Jan 2029 is the 12th
    [
      "2027-12-10",
      "2028-02-29",
      "2028-03-29",
      "2028-04-29",
      "2028-05-29",
      "2028-06-29",
      "2028-07-29",
      "2028-08-29",
      "2028-09-29",
      "2028-10-29",
      "2028-11-29",
      "2028-12-29",
    ],
    "6.14",
    "6.06",
  ],
  // Cover that started already, or starts today: monthly from the purchase, as before.
  ["99.15", 3, "2026-12-01", "2026-11-20", ["2026-12-01", "2027-01-01", "2027-02-01"], "33.05", "33.05"],
  ["10.00", 3, "2028-01-31", "2028-01-31", ["2028-01-31", "2028-02-29", "2028-03-31"], "3.34", "3.33"],
];

describe("instalmentSchedule for cover that starts later", () => {
  it.each(later)("£%s over %i bought %s, cover from %s", (total, count, bought, start, dates, first, rest) => {
    const s = instalmentSchedule(total, count, bought, start);
    expect(s.map((i) => i.due_date)).toEqual(dates);
    expect(s.map((i) => i.amount)).toEqual([first, ...Array(count - 1).fill(rest)]);
    expect(s.reduce((acc, i) => acc.plus(i.amount), new Decimal(0)).toFixed(2)).toBe(total);
  });
});
