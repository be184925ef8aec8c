import { z } from "zod";
import { moneySchema } from "./pricing";

/** Extension: GET /api/v3/policy/<n>/cancel/quote/?termination_date=: what cancelling on that date gives back. */
export const refundQuoteSchema = z
  .object({
    termination_date: z.string(),
    from_inception: z.boolean(),
    cooling_off: z.boolean(),
    cooling_off_ends: z.string(),
    basis: z.enum(["cooling_off", "from_inception", "pro_rata", "claim"]),
    days_in_term: z.number().int(),
    days_unused: z.number().int(),
    /** Each line of the price (premium, each fee, each tax): what was charged and what comes back. */
    lines: z.array(z.object({ id: z.string(), label: z.string(), amount: moneySchema, refund: moneySchema })),
    /** Taken from the refund: the cancellation fee, instalments not yet paid. */
    deductions: z.array(z.object({ id: z.string(), label: z.string(), amount: moneySchema })),
    total_refund: moneySchema,
    currency: z.string(),
  })
  .passthrough();
export type RefundQuote = z.infer<typeof refundQuoteSchema>;
export type RefundBasis = RefundQuote["basis"];

export const cancelQuoteRequestSchema = z.object({ termination_date: z.string().optional() });
export const refundQuoteResponseSchema = refundQuoteSchema.extend({ policy_number: z.string() });
