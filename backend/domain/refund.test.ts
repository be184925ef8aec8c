import { describe, expect, it } from "vitest";
import type { Pricing } from "../../contract/pricing";
import { addDays, daysBetween, quoteRefund, type RefundInput } from "./refund";

const pricing: Pricing = {
  currency: "GBP",
  amount_pre_fees_and_taxes: "100.00",
  fees: [{ id: "admin", label: "Admin fee", amount: "5.00" }],
  total_fees: "5.00",
  taxes: [{ id: "ipt", label: "Insurance premium tax", amount: "12.60" }],
  total_taxes: "12.60",
  total: "117.60",
};
const base: RefundInput = {
  pricing,
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  terminationDate: "2026-03-31",
  purchasedOn: "2026-01-01",
  requestedOn: "2026-03-01",
  terms: { cooling_off_days: 14, fee: "25.00", fee_label: "Cancellation fee", claim_rule: "claim_free" },
  claimed: false,
  paid: "117.60",
};

describe("days", () => {
  it.each([
    ["2026-01-31", "2026-02-01", 1],
    ["2024-02-28", "2024-03-01", 2],
    ["2025-02-28", "2025-03-01", 1],
    ["2024-01-01", "2025-01-01", 366],
    ["2026-12-31", "2027-01-01", 1],
  ])("%s to %s is %i days", (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
    expect(addDays(a, n)).toBe(b);
  });
});

// [what, changes to the base, refunds per line (premium, fee, tax), deductions, total, basis]
const cases: Array<[string, Partial<RefundInput>, string[], Array<[string, string]>, string, string]> = [
  [
    "inside cooling-off: everything back, no fee",
    { requestedOn: "2026-01-15", terminationDate: "2026-01-20" },
    ["100.00", "5.00", "12.60"],
    [],
    "117.60",
    "cooling_off",
  ],
  [
    "before the cover starts, after 14 days: cooling-off",
    { purchasedOn: "2025-11-01", requestedOn: "2025-12-20", terminationDate: "2025-12-20" },
    ["100.00", "5.00", "12.60"],
    [],
    "117.60",
    "cooling_off",
  ],
  [
    "pro rata: 275 of 365 days, each line rounded, less the fee",
    {},
    ["75.34", "3.77", "9.49"],
    [["cancellation_fee", "25.00"]],
    "63.60",
    "pro_rata",
  ],
  [
    "across a month end: 334 of 365 days",
    { terminationDate: "2026-01-31", requestedOn: "2026-01-20" },
    ["91.51", "4.58", "11.53"],
    [["cancellation_fee", "25.00"]],
    "82.62",
    "pro_rata",
  ],
  [
    "leap year: 306 of 366 days",
    {
      startDate: "2024-01-01",
      endDate: "2024-12-31",
      purchasedOn: "2024-01-01",
      requestedOn: "2024-02-20",
      terminationDate: "2024-02-29",
    },
    ["83.61", "4.18", "10.53"],
    [["cancellation_fee", "25.00"]],
    "73.32",
    "pro_rata",
  ],
  [
    "from inception after cooling-off: every day, less the fee",
    { terminationDate: "2025-12-31", requestedOn: "2026-02-01" },
    ["100.00", "5.00", "12.60"],
    [["cancellation_fee", "25.00"]],
    "92.60",
    "from_inception",
  ],
  [
    "the fee takes no more than there is",
    { terminationDate: "2026-12-30", requestedOn: "2026-12-01" },
    ["0.27", "0.01", "0.03"],
    [["cancellation_fee", "0.31"]],
    "0.00",
    "pro_rata",
  ],
  [
    "the last day: nothing unused",
    { terminationDate: "2026-12-31", requestedOn: "2026-12-01" },
    ["0.00", "0.00", "0.00"],
    [],
    "0.00",
    "pro_rata",
  ],
  [
    "claim_free with a claim: nothing back",
    { claimed: true, requestedOn: "2026-01-05" },
    ["0.00", "0.00", "0.00"],
    [],
    "0.00",
    "claim",
  ],
  [
    "no claim rule: a claim changes nothing",
    { claimed: true, terms: { ...base.terms, claim_rule: "none" } },
    ["75.34", "3.77", "9.49"],
    [["cancellation_fee", "25.00"]],
    "63.60",
    "pro_rata",
  ],
  [
    "paying by instalments: never more than was paid",
    { requestedOn: "2026-01-05", paid: "9.80" },
    ["100.00", "5.00", "12.60"],
    [["unpaid", "107.80"]],
    "9.80",
    "cooling_off",
  ],
];

describe("quoteRefund", () => {
  it.each(cases)("%s", (_what, change, refunds, deductions, total, basis) => {
    const q = quoteRefund({ ...base, ...change });
    expect(q.lines.map((l) => l.refund)).toEqual(refunds);
    expect(q.deductions.map((d) => [d.id, d.amount])).toEqual(deductions);
    expect(q.total_refund).toBe(total);
    expect(q.basis).toBe(basis);
  });

  it("rounds each line half-up: a half penny goes up", () => {
    const q = quoteRefund({
      ...base,
      pricing: { ...pricing, amount_pre_fees_and_taxes: "0.25", fees: [], taxes: [], total: "0.25" },
      startDate: "2024-02-28",
      endDate: "2024-02-29",
      terminationDate: "2024-02-28",
      purchasedOn: "2023-01-01",
      requestedOn: "2024-02-28",
      terms: { ...base.terms, fee: "0.00" },
    });
    expect(q.lines[0].refund).toBe("0.13");
    expect(q).toMatchObject({ days_in_term: 2, days_unused: 1, total_refund: "0.13" });
  });

  it("says when the cooling-off period ends and whether the date is from inception", () => {
    expect(quoteRefund(base)).toMatchObject({
      cooling_off_ends: "2026-01-15",
      cooling_off: false,
      from_inception: false,
    });
    expect(quoteRefund({ ...base, terminationDate: "2025-12-01" }).from_inception).toBe(true);
  });
});
