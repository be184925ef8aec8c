import { expect, it } from "vitest";
import { refundQuoteSchema } from "@/contract/refund";
import { refundQuoteReader } from "./refund-quote-reader";

const quote = {
  termination_date: "2026-12-03",
  from_inception: true,
  cooling_off: true,
  cooling_off_ends: "2026-12-16",
  basis: "cooling_off",
  days_in_term: 365,
  days_unused: 365,
  lines: [{ id: "premium", label: "Premium", amount: "100.00", refund: "100.00" }],
  deductions: [{ id: "fee", label: "Cancellation fee", amount: "10.00" }],
  total_refund: "90.00",
  currency: "GBP",
};

const bodies: unknown[] = [
  quote,
  { ...quote, policy_number: "P1", extra: { kept: true } },
  { ...quote, lines: [{ ...quote.lines[0], note: "dropped" }] },
  { ...quote, deductions: [], lines: [] },
  { ...quote, deductions: [{ ...quote.deductions[0], amount: "10" }] },
  { ...quote, lines: [{ ...quote.lines[0], refund: 100 }] },
  { ...quote, basis: "whim" },
  { ...quote, days_unused: 1.5 },
  { ...quote, days_in_term: "365" },
  { ...quote, cooling_off: "yes" },
  { ...quote, total_refund: "-0.50" },
  { ...quote, total_refund: "1.5" },
  { ...quote, currency: undefined },
  { ...quote, lines: null },
  { ...quote, deductions: {} },
  {},
  null,
  [],
  "refund",
];

it.each(bodies.map((body) => [JSON.stringify(body), body]))("reads %s as the contract's zod schema does", (_, body) => {
  const zod = refundQuoteSchema.safeParse(body);
  const ours = refundQuoteReader.safeParse(body);
  expect(ours.success).toBe(zod.success);
  if (ours.success && zod.success) expect(ours.data).toEqual(zod.data);
});
