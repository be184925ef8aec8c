import { describe, expect, it } from "vitest";
import type { Form } from "@/contract/form";
import type { SubmitResponse } from "@/contract/journey";
import { nextMove, type NextMove } from "./next-action";

const form = (form_id: string, form_type: Form["form_type"] = "form"): Form => ({ form_id, form_name: form_id, form_type, fields: [] });
const base: SubmitResponse = {
  policy_number: "AB12CD34",
  policy_status: "New",
  description: { image: null, title: null, content: null },
  form: form("step-b"),
  has_errors: false,
  next_action: "continue",
  content_data: null,
  pricing: null,
};
const said = (content_data: SubmitResponse["content_data"]) => ({ next_action: "display" as const, content_data });
const words = { title: "Before you go on", content: "Read this." };
const payment = { amount: "10.00", currency: "EUR", modes: [{ id: "once", label: "Pay once", amount: "10.00" }] };

// Each answer the submit loop (or confirm) can give, and what the page does with it.
const table: Array<[string, Partial<SubmitResponse>, "step" | "confirm", NextMove]> = [
  ["continue: the form it names", {}, "step", { kind: "go", href: "/quote/AB12CD34/step-b" }],
  ["continue to a form id that is a page's name", { form: form("review") }, "step", { kind: "go", href: "/quote/AB12CD34/~review" }],
  ["perform_otp: the code form it names", { next_action: "perform_otp", form: form("code", "otp") }, "step", { kind: "go", href: "/quote/AB12CD34/code" }],
  ["continue without a form", { form: null }, "step", { kind: "errors", form: null, messages: [expect.stringMatching(/what comes next/)] }],
  ["display, then its form", { ...said({ ...words, redirect_to: null }) }, "step", { kind: "display", ...words, href: "/quote/AB12CD34/step-b", external: false }],
  ["display, then an address", { ...said({ ...words, redirect_to: "https://example.org/more" }) }, "step", { kind: "display", ...words, href: "https://example.org/more", external: true }],
  ["display with an unsafe address: its form", { ...said({ ...words, redirect_to: "javascript:alert(1)" }) }, "step", { kind: "display", ...words, href: "/quote/AB12CD34/step-b", external: false }],
  ["display without content_data: straight on", { ...said(null) }, "step", { kind: "go", href: "/quote/AB12CD34/step-b" }],
  ["display, no form, no address: the quote", { ...said({ ...words, redirect_to: null }), form: null }, "step", { kind: "display", ...words, href: "/quote/AB12CD34", external: false }],
  ["rejected: the quote's outcome", { next_action: "rejected", form: null }, "step", { kind: "go", href: "/quote/AB12CD34" }],
  ["referred: the quote's outcome", { next_action: "referred", form: null }, "step", { kind: "go", href: "/quote/AB12CD34" }],
  ["complete: the review", { next_action: "complete", form: null }, "step", { kind: "go", href: "/quote/AB12CD34/review" }],
  ["errors: the server's form", { has_errors: true }, "step", { kind: "errors", form: form("step-b"), messages: [] }],
  ["no policy number", { policy_number: null }, "step", { kind: "errors", form: null, messages: [expect.stringMatching(/try again/)] }],
  ["confirm, complete: done", { next_action: "complete", form: null }, "confirm", { kind: "go", href: "/quote/AB12CD34/done" }],
  ["confirm, pay", { next_action: "pay", form: null, payment }, "confirm", { kind: "pay", href: "/quote/AB12CD34/payment", payment, policyNumber: "AB12CD34" }],
  ["confirm, pay with no modes", { next_action: "pay", form: null, payment: null }, "confirm", { kind: "errors", form: null, messages: [expect.any(String)] }],
  ["confirm, errors", { has_errors: true, form: form("confirmation", "confirmation") }, "confirm", { kind: "errors", form: form("confirmation", "confirmation"), messages: [] }],
];

describe("nextMove", () => {
  it.each(table)("%s", (_, res, stage, move) => {
    expect(nextMove({ ...base, ...res }, stage)).toEqual(move);
  });
});
