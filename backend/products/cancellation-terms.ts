import { z } from "zod";

const money = z.string().regex(/^\d+\.\d{2}$/, 'a fee is money with two places, e.g. "25.00"');

/** What a product refunds when a policy is cancelled (see backend/domain/refund.ts). */
export const cancellationTermsSchema = z
  .object({
    /** Days after purchase in which a cancellation refunds everything (also any time before the cover starts). */
    cooling_off_days: z.number().int().min(0),
    /** Kept from a refund after the cooling-off period. */
    fee: money,
    fee_label: z.string().min(1).default("Cancellation fee"),
    /** `claim_free`: a policy that has had a claim gets no refund; `none`: claims don't change the refund. */
    claim_rule: z.enum(["claim_free", "none"]),
  })
  .strict();
export type CancellationTerms = z.output<typeof cancellationTermsSchema>;
