import { expect, it } from "vitest";
import { priceResponseSchema } from "@/contract/journey";
import { priceResponseReader } from "./price-response";

const pricing = {
  currency: "GBP",
  amount_pre_fees_and_taxes: "100.00",
  fees: [{ id: "admin", label: "Admin fee", amount: "5.00" }],
  total_fees: "5.00",
  taxes: [{ id: "ipt", label: "Insurance premium tax", amount: "12.00" }],
  total_taxes: "12.00",
  total: "117.00",
};

const bodies: unknown[] = [
  { pricing },
  { pricing: null },
  { pricing: { ...pricing, extra: "dropped" }, also: "dropped" },
  { pricing: { ...pricing, fees: [{ ...pricing.fees[0], note: "dropped" }] } },
  { pricing: { ...pricing, total: "-3.50" } },
  {},
  null,
  [],
  "price",
  { pricing: { ...pricing, total: "117" } },
  { pricing: { ...pricing, total: 117 } },
  { pricing: { ...pricing, currency: undefined } },
  { pricing: { ...pricing, fees: null } },
  { pricing: { ...pricing, taxes: [{ id: "ipt", label: "Tax", amount: "1.0" }] } },
  { pricing: { ...pricing, taxes: [{ id: 1, label: "Tax", amount: "1.00" }] } },
  { pricing: [] },
];

it.each(bodies.map((body) => [JSON.stringify(body), body]))("reads %s as the contract's zod schema does", (_, body) => {
  const zod = priceResponseSchema.safeParse(body);
  const ours = priceResponseReader.safeParse(body);
  expect(ours.success).toBe(zod.success);
  if (ours.success && zod.success) expect(ours.data).toEqual(zod.data);
});
