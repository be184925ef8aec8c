import { describe, expect, it } from "vitest";
import type { Form } from "@/contract/form";
import type { SubmitResponse } from "@/contract/journey";
import { nextMove, type NextMove } from "./next-action";

const form = (form_id: string, form_type: Form["form_type"] = "form"): Form => ({
  form_id,
  form_name: form_id,
  form_type,
  fields: [],
});
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
const Q = "/quote/AB12CD34";
const onward = { ...words, redirect_to: null };
const away = { ...words, redirect_to: "https://e.org/x" };
const unsafe = { ...words, redirect_to: "javascript:alert(1)" };
type Row = [string, Partial<SubmitResponse>, "step" | "confirm", NextMove];
const go = (href: string): NextMove => ({ kind: "go", href });
const shown = (href: string, external = false): NextMove => ({ kind: "display", ...words, href, external });
const refused = (form: Form | null, problems: string[] = []) => ({ kind: "errors", form, problems }) as NextMove;
const confirmForm = form("confirmation", "confirmation");

const table: Row[] = [
  ["continue: the form it names", {}, "step", go(`${Q}/step-b`)],
  ["continue to a form id that is a page's name", { form: form("review") }, "step", go(`${Q}/~review`)],
  ["perform_otp: its code form", { next_action: "perform_otp", form: form("code", "otp") }, "step", go(`${Q}/code`)],
  ["continue without a form", { form: null }, "step", refused(null, ["noForm"])],
  ["display, then its form", said(onward), "step", shown(`${Q}/step-b`)],
  ["display, then an address", said(away), "step", shown("https://e.org/x", true)],
  ["display, an unsafe address: its form", said(unsafe), "step", shown(`${Q}/step-b`)],
  ["display without content_data: straight on", said(null), "step", go(`${Q}/step-b`)],
  ["display, no form nor address: the quote", { ...said(onward), form: null }, "step", shown(Q)],
  ["rejected: the quote's outcome", { next_action: "rejected", form: null }, "step", go(Q)],
  ["referred: the quote's outcome", { next_action: "referred", form: null }, "step", go(Q)],
  ["complete: the review", { next_action: "complete", form: null }, "step", go(`${Q}/review`)],
  ["errors: the server's form", { has_errors: true }, "step", refused(form("step-b"))],
  ["no policy number", { policy_number: null }, "step", refused(null, ["noNumber"])],
  ["confirm, complete: done", { next_action: "complete", form: null }, "confirm", go(`${Q}/done`)],
  [
    "confirm, pay",
    { next_action: "pay", form: null, payment },
    "confirm",
    { kind: "pay", href: `${Q}/payment`, payment, policyNumber: "AB12CD34" },
  ],
  [
    "confirm, pay with no modes",
    { next_action: "pay", form: null, payment: null },
    "confirm",
    refused(null, ["nothingToPay"]),
  ],
  ["confirm, errors", { has_errors: true, form: confirmForm }, "confirm", refused(confirmForm)],
];

describe("nextMove", () => {
  it.each(table)("%s", (_, res, stage, move) => {
    expect(nextMove({ ...base, ...res }, stage)).toEqual(move);
  });
});
