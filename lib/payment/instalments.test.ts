import { describe, expect, it } from "vitest";
import { scheduleSummary, trustedSchedule } from "./instalments";

const plan = (amounts: string[]) => amounts.map((amount, i) => ({ number: i + 1, due_date: "2026-12-01", amount }));
const twelve = plan(["8.29", ...Array(11).fill("8.26")]);
const gbp = (a: string) => `£${a}`;

describe("trustedSchedule", () => {
  it.each([
    ["adds up, first charged now", twelve, "99.15", "8.29", true],
    ["12 × 8.26 does not add up to 99.15", plan(Array(12).fill("8.26")), "99.15", "8.26", false],
    ["first is not what is charged now", twelve, "99.15", "8.26", false],
    ["no schedule", undefined, "99.15", "8.29", false],
    ["one instalment is no schedule", plan(["99.15"]), "99.15", "99.15", false],
    ["an amount that is not money", plan(["8.29", "x", ...Array(10).fill("8.26")]), "99.15", "8.29", false],
  ])("%s", (_, instalments, total, now, shown) => {
    expect(trustedSchedule(instalments, total, now) !== null).toBe(shown);
  });
});

describe("scheduleSummary", () => {
  it("says the first and the rest", () => {
    expect(scheduleSummary(twelve, gbp)).toBe("£8.29 today, then 11 monthly payments of £8.26");
    expect(scheduleSummary(plan(["5.01", "5.00"]), gbp)).toBe("£5.01 today, then 1 monthly payment of £5.00");
    expect(scheduleSummary(plan(["1.00", "2.00", "3.00"]), gbp)).toBe(
      "£1.00 today, then 2 monthly payments (£2.00, £3.00)",
    );
  });
});

describe("a backend's schedule in another shape", () => {
  it("is dropped, never an error", async () => {
    const { paymentRequestSchema } = await import("@/contract/journey");
    const { policyViewSchema } = await import("@/contract/policy");
    const mode = { id: "monthly", label: "Pay monthly", amount: "8.26", instalments: [{ when: "soon" }] };
    const parsed = paymentRequestSchema.parse({ amount: "99.15", currency: "GBP", modes: [mode] });
    expect(parsed.modes[0]).toEqual({ id: "monthly", label: "Pay monthly", amount: "8.26" });
    expect(policyViewSchema.shape.instalment_plan.parse({ instalments: "many" })).toBeNull();
  });
});
