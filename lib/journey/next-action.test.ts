import { describe, expect, it } from "vitest";
import type { SubmitResponse } from "@/contract/journey";
import { nextMove } from "./next-action";

const base: SubmitResponse = {
  policy_number: "AB12CD34",
  policy_status: "New",
  description: { image: null, title: null, content: null },
  form: { form_id: "next", form_name: "Next", form_type: "form", fields: [] },
  has_errors: false,
  next_action: "continue",
  content_data: null,
  pricing: null,
};

describe("nextMove", () => {
  it.each([
    ["continue", "/quote/AB12CD34"],
    ["perform_otp", "/quote/AB12CD34"],
    ["rejected", "/quote/AB12CD34"],
    ["referred", "/quote/AB12CD34"],
    ["complete", "/quote/AB12CD34/review"],
  ] as const)("%s goes to %s", (action, href) => {
    expect(nextMove({ ...base, next_action: action })).toEqual({ kind: "go", href });
  });

  it("keeps the server's form when it has errors", () => {
    const move = nextMove({ ...base, has_errors: true });
    expect(move).toEqual({ kind: "errors", form: base.form, messages: [] });
  });

  it("shows display content, then the quote or the server's address", () => {
    const content_data = { title: "Before you go on", content: "Read this.", redirect_to: null };
    expect(nextMove({ ...base, next_action: "display", content_data })).toMatchObject({ kind: "display", href: "/quote/AB12CD34", external: false });
    const away = { ...content_data, redirect_to: "https://example.com/more" };
    expect(nextMove({ ...base, next_action: "display", content_data: away })).toMatchObject({ href: "https://example.com/more", external: true });
  });

  it("after confirm: pay goes to payment with the modes, complete to done", () => {
    const payment = { amount: "10.00", currency: "GBP", modes: [{ id: "annual", label: "Pay once", amount: "10.00" }] };
    expect(nextMove({ ...base, next_action: "pay", payment }, "confirm")).toEqual({ kind: "pay", href: "/quote/AB12CD34/payment", payment, policyNumber: "AB12CD34" });
    expect(nextMove({ ...base, next_action: "complete" }, "confirm")).toEqual({ kind: "go", href: "/quote/AB12CD34/done" });
    expect(nextMove({ ...base, next_action: "pay", payment: null }, "confirm").kind).toBe("errors");
  });

  it("is an error when the answer names no quote", () => {
    expect(nextMove({ ...base, policy_number: null }).kind).toBe("errors");
  });
});
