import { z } from "zod";

/** Money is a decimal string with two places, e.g. "20.10". */
export const moneySchema = z.string().regex(/^-?\d+\.\d{2}$/, "Money is a decimal string with two places");

export const chargeSchema = z.object({ id: z.string(), label: z.string(), amount: moneySchema });
export type Charge = z.infer<typeof chargeSchema>;

export const pricingSchema = z.object({
  currency: z.string(),
  amount_pre_fees_and_taxes: moneySchema,
  fees: z.array(chargeSchema),
  total_fees: moneySchema,
  taxes: z.array(chargeSchema),
  total_taxes: moneySchema,
  total: moneySchema,
});
export type Pricing = z.infer<typeof pricingSchema>;
