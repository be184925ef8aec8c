import { describe, expect, it } from "vitest";
import type { Pricing } from "../../contract/pricing";
import { quoteAdjustment, type AdjustmentInput } from "./endorsement";

const price = (premium: string, tax: string, fee = "5.00"): Pricing => ({
  currency: "GBP",
  amount_pre_fees_and_taxes: premium,
  fees: fee === "0.00" ? [] : [{ id: "admin", label: "Admin fee", amount: fee }],
  total_fees: fee,
  taxes: [{ id: "ipt", label: "Insurance premium tax", amount: tax }],
  total_taxes: tax,
  total: "0.00", // not read: the adjustment works line by line
});
// 100.00 + 5.00 fee + 12% tax; the change adds 15.00 of premium (tax 14.40) or takes it off (tax 10.80).
const base: AdjustmentInput = {
  before: price("100.00", "12.60"),
  after: price("115.00", "14.40"),
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  effectiveDate: "2026-07-01",
  paid: "117.60",
};

// [what, changes to the base, days remaining of days in term, differences (premium, fee, tax), total, limited,
//  direction]
const cases: Array<[string, Partial<AdjustmentInput>, [number, number], string[], string, string, string]> = [
  ["half way: 184 of 365 days, each line rounded", {}, [184, 365], ["7.56", "0.00", "0.91"], "8.47", "0.00", "charge"],
  [
    "leap year from 29 February: 307 of 366 days",
    { startDate: "2024-01-01", endDate: "2024-12-31", effectiveDate: "2024-02-29" },
    [307, 366],
    ["12.58", "0.00", "1.51"],
    "14.09",
    "0.00",
    "charge",
  ],
  [
    "across a month end and the year end, a cheaper change: a refund",
    {
      after: price("85.00", "10.80"),
      startDate: "2026-03-15",
      endDate: "2027-03-14",
      effectiveDate: "2026-03-31",
    },
    [349, 365],
    ["-14.34", "0.00", "-1.72"],
    "-16.06",
    "0.00",
    "refund",
  ],
  [
    "on the last day of cover: one day",
    { effectiveDate: "2026-12-31" },
    [1, 365],
    ["0.04", "0.00", "0.00"],
    "0.04",
    "0.00",
    "charge",
  ],
  [
    "a date before the cover starts counts from the start: the whole difference",
    { effectiveDate: "2025-12-01" },
    [365, 365],
    ["15.00", "0.00", "1.80"],
    "16.80",
    "0.00",
    "charge",
  ],
  [
    "half a penny rounds up",
    {
      before: price("100.00", "12.60"),
      after: price("100.01", "12.60"),
      startDate: "2026-01-01",
      endDate: "2026-01-10",
      effectiveDate: "2026-01-06",
    },
    [5, 10],
    ["0.01", "0.00", "0.00"],
    "0.01",
    "0.00",
    "charge",
  ],
  [
    "half a penny back rounds away from zero",
    {
      before: price("100.01", "12.60"),
      after: price("100.00", "12.60"),
      startDate: "2026-01-01",
      endDate: "2026-01-10",
      effectiveDate: "2026-01-06",
    },
    [5, 10],
    ["-0.01", "0.00", "0.00"],
    "-0.01",
    "0.00",
    "refund",
  ],
  [
    "a refund never gives back more than was paid (one monthly instalment)",
    { after: price("85.00", "10.80"), effectiveDate: "2026-01-01", paid: "9.80" },
    [365, 365],
    ["-15.00", "0.00", "-1.80"],
    "-9.80",
    "7.00",
    "refund",
  ],
  [
    "a new fee is a line of its own",
    { before: price("100.00", "12.00", "0.00"), after: price("100.00", "12.60"), effectiveDate: "2026-07-01" },
    [184, 365],
    ["0.00", "2.52", "0.30"],
    "2.82",
    "0.00",
    "charge",
  ],
  [
    "no change in price: nothing to pay",
    { after: price("100.00", "12.60") },
    [184, 365],
    ["0.00", "0.00", "0.00"],
    "0.00",
    "0.00",
    "none",
  ],
];

describe("quoteAdjustment", () => {
  it.each(cases)("%s", (_what, change, [remaining, term], diffs, total, limited, direction) => {
    const q = quoteAdjustment({ ...base, ...change });
    expect([q.days_remaining, q.days_in_term]).toEqual([remaining, term]);
    expect(q.lines.map((l) => l.difference)).toEqual(diffs);
    expect(q.lines.map((l) => l.id)).toEqual(["premium", "admin", "ipt"]);
    expect(q.total_difference).toBe(total);
    expect(q.refund_limited_by_paid).toBe(limited);
    expect(q.direction).toBe(direction);
  });

  it("shows each line before and after", () => {
    const q = quoteAdjustment(base);
    expect(q.lines[0]).toEqual({
      id: "premium",
      label: "Premium",
      before: "100.00",
      after: "115.00",
      difference: "7.56",
    });
    expect(q.effective_date).toBe("2026-07-01");
  });
});
