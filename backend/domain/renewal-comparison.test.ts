import { describe, expect, it } from "vitest";
import type { Pricing } from "../../contract/pricing";
import { comparePrices } from "./renewal-comparison";

const price = (premium: string, fee: string | null, tax: string, total: string): Pricing => ({
  currency: "GBP",
  amount_pre_fees_and_taxes: premium,
  fees: fee === null ? [] : [{ id: "admin", label: "Admin fee", amount: fee }],
  total_fees: fee ?? "0.00",
  taxes: [{ id: "ipt", label: "Insurance Premium Tax", amount: tax }],
  total_taxes: tax,
  total,
});

// Last year's price beside this year's, each line's difference to the penny (this year − last year).
describe("comparePrices", () => {
  it.each([
    {
      name: "a dearer year",
      last: price("80.00", "5.00", "9.60", "94.60"),
      next: price("84.17", "5.00", "10.10", "99.27"),
      diffs: ["4.17", "0.00", "0.50"],
      total: "4.67",
    },
    {
      name: "a cheaper year",
      last: price("100.01", "5.00", "12.00", "117.01"),
      next: price("99.99", "5.00", "12.00", "116.99"),
      diffs: ["-0.02", "0.00", "0.00"],
      total: "-0.02",
    },
    {
      name: "a fee dropped this year (shown as £0.00 now)",
      last: price("80.00", "5.00", "9.60", "94.60"),
      next: price("80.00", null, "9.60", "89.60"),
      diffs: ["0.00", "0.00", "-5.00"],
      total: "-5.00",
    },
  ])("$name", ({ last, next, diffs, total }) => {
    const compared = comparePrices(last, next);
    expect(compared.lines.map((l) => l.difference).sort()).toEqual([...diffs].sort());
    expect(compared.total).toEqual({ last_year: last.total, this_year: next.total, difference: total });
    const premium = compared.lines.find((l) => l.id === "premium")!;
    expect([premium.last_year, premium.this_year]).toEqual([
      last.amount_pre_fees_and_taxes,
      next.amount_pre_fees_and_taxes,
    ]);
  });

  it("keeps a fee only last year had, at £0.00 this year", () => {
    const lines = comparePrices(price("80.00", "5.00", "9.60", "94.60"), price("80.00", null, "9.60", "89.60")).lines;
    expect(lines.find((l) => l.id === "admin")).toEqual({
      id: "admin",
      label: "Admin fee",
      last_year: "5.00",
      this_year: "0.00",
      difference: "-5.00",
    });
  });
});
