import type { Charge, Pricing } from "@/contract/pricing";
import { isMoney, isObject } from "@/lib/body-checks";
import type { BodyReader } from "@/lib/client-api";

// The live price's answer read without zod: a step that asks for it needn't load the journey's schemas chunk.
// It accepts what contract/journey.ts's priceResponseSchema accepts (price-response.test.ts holds the two together).

const isCharge = (v: unknown): v is Charge =>
  isObject(v) && typeof v.id === "string" && typeof v.label === "string" && isMoney(v.amount);
const isCharges = (v: unknown): v is Charge[] => Array.isArray(v) && v.every(isCharge);

function pricingOf(v: unknown): Pricing | undefined {
  if (!isObject(v) || typeof v.currency !== "string" || !isCharges(v.fees) || !isCharges(v.taxes)) return undefined;
  const { amount_pre_fees_and_taxes, total_fees, total_taxes, total } = v;
  if (![amount_pre_fees_and_taxes, total_fees, total_taxes, total].every(isMoney)) return undefined;
  // Only the schema's keys, as zod's object() keeps them.
  return {
    currency: v.currency,
    amount_pre_fees_and_taxes: amount_pre_fees_and_taxes as string,
    fees: v.fees.map(({ id, label, amount }) => ({ id, label, amount })),
    total_fees: total_fees as string,
    taxes: v.taxes.map(({ id, label, amount }) => ({ id, label, amount })),
    total_taxes: total_taxes as string,
    total: total as string,
  };
}

export type PriceResponse = { pricing: Pricing | null };

export const priceResponseReader: BodyReader<PriceResponse> = {
  safeParse(data) {
    if (!isObject(data)) return { success: false };
    if (data.pricing === null) return { success: true, data: { pricing: null } };
    const pricing = pricingOf(data.pricing);
    return pricing ? { success: true, data: { pricing } } : { success: false };
  },
};
