import { z } from "zod";
import { formSchema } from "./form";
import { moneySchema } from "./pricing";

/** A form's answers as the endorsement endpoints take them: form_id → (field name → value). */
export const endorsementAnswersSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

/** Extension: GET /api/v3/policy/<n>/endorse/: what this caller may change, pre-filled with the current answers. */
export const endorsementFormsSchema = z
  .object({
    policy_number: z.string(),
    version_id: z.string(),
    /** Only the answers this caller may change; the rest of the policy stays as it is. */
    forms: z.array(formSchema),
    earliest_effective_date: z.string(),
    latest_effective_date: z.string(),
    currency: z.string(),
  })
  .passthrough();
export type EndorsementForms = z.infer<typeof endorsementFormsSchema>;

export const endorsementQuoteRequestSchema = z.object({
  effective_date: z.string().optional(),
  answers: endorsementAnswersSchema,
});

export const endorsementRequestSchema = endorsementQuoteRequestSchema.extend({
  reason: z.string().trim().min(1, "Say why the policy is changing.").max(500),
  /** Where the sandbox gateway sends the payer back after an additional premium. */
  return_url: z.string().optional(),
});

/** The price of a change for the rest of the term: each line of the price before and after, and the difference. */
export const endorsementAdjustmentSchema = z
  .object({
    effective_date: z.string(),
    days_in_term: z.number().int(),
    days_remaining: z.number().int(),
    lines: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        before: moneySchema,
        after: moneySchema,
        difference: moneySchema,
      }),
    ),
    /** Positive: an additional premium to pay; negative: a refund. */
    total_difference: moneySchema,
    /** A refund never gives back more than was paid: what is taken off it. */
    refund_limited_by_paid: moneySchema,
    direction: z.enum(["charge", "refund", "none"]),
    currency: z.string(),
  })
  .passthrough();
export type EndorsementAdjustment = z.infer<typeof endorsementAdjustmentSchema>;

export const endorsementChangeSchema = z.object({
  form_id: z.string(),
  name: z.string(),
  title: z.string(),
  before: z.string(),
  after: z.string(),
});

export type EndorsementChange = z.infer<typeof endorsementChangeSchema>;

export const endorsementQuoteResponseSchema = endorsementAdjustmentSchema.extend({
  policy_number: z.string(),
  changes: z.array(endorsementChangeSchema),
});
export type EndorsementQuote = z.infer<typeof endorsementQuoteResponseSchema>;

/** Extension: POST /api/v3/policy/<n>/endorse/: the policy as it now stands, the change made, and any payment. */
export const endorsementResultSchema = z
  .object({
    policy: z.record(z.string(), z.unknown()),
    endorsement: endorsementQuoteResponseSchema,
    /** A refund (negative amount, status "refunded") or an additional premium to pay at `redirect_url`. */
    payment: z
      .object({
        amount: moneySchema,
        currency: z.string(),
        status: z.string(),
        redirect_url: z.string().nullable(),
      })
      .nullable(),
  })
  .passthrough();
export type EndorsementResult = z.infer<typeof endorsementResultSchema>;
