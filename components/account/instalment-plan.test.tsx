import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { InstalmentPlan as Plan, PolicyView } from "@/contract/policy";
import { translator } from "@/lib/i18n/catalogue";
import { InstalmentPlan } from "./instalment-plan";

// A server component: its words come from the request's language, English here.
vi.mock("@/lib/i18n/server", () => ({
  getT: async (namespace: "account") => translator("en", namespace),
  getLanguage: async () => ({ locale: "en", tag: "en-GB", dir: "ltr" }),
}));

const plan = (over: Partial<Plan> = {}): Plan => ({
  instalments: [
    { number: 1, due_date: "2026-01-31", amount: "33.34", status: "collected" },
    { number: 2, due_date: "2026-02-28", amount: "33.33", status: "retrying" },
    { number: 3, due_date: "2026-03-31", amount: "33.33", status: "due" },
  ],
  total: "100.00",
  currency: "GBP",
  recurring: true,
  next_due_date: "2026-03-03",
  next_amount: "33.33",
  payment_problem: false,
  ...over,
});
const show = async (p: Plan | null | undefined) =>
  render(await InstalmentPlan({ policy: { instalment_plan: p } as PolicyView }));

describe("InstalmentPlan", () => {
  it("says the next payment and each instalment's date, amount and status, and the total", async () => {
    await show(plan());
    expect(screen.getByText("Next payment: £33.33 on 3 March 2026.")).toBeTruthy();
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toEqual([
      "PaymentDateAmountStatus",
      "1 of 331 January 2026£33.34Paid",
      "2 of 328 February 2026£33.33Not taken yet, trying again",
      "3 of 331 March 2026£33.33Due",
      "Total£100.00",
    ]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("warns of a payment problem, and says when nothing more is taken automatically", async () => {
    await show(plan({ payment_problem: true, recurring: false, next_due_date: null, next_amount: null }));
    expect(screen.getByRole("alert").textContent).toMatch(/We couldn't take a payment/);
    expect(screen.getByText("Your card is no longer charged automatically.")).toBeTruthy();
  });

  it("shows nothing for a policy paid at once, or a backend without the schedule", async () => {
    expect((await show(null)).container.textContent).toBe("");
    expect((await show(undefined)).container.textContent).toBe("");
  });
});
