import { z } from "zod";
import { formSchema } from "./form";
import { isISODate } from "./rules";

export const cancelRequestSchema = z.object({
  cancellation_reason: z.string().trim().min(3, "cancellation_reason must say why, in a few words").max(500),
  termination_date: z.string().refine(isISODate, "termination_date must be a real date like 2026-12-31"),
});
export const cancellationDecisionSchema = z.object({
  decision: z.enum(["approve", "refuse"], { error: 'decision must be "approve" or "refuse"' }),
  note: z.string().max(500).optional(),
});
export const referralDecisionSchema = z.object({
  decision: z.enum(["approve", "decline"], { error: 'decision must be "approve" or "decline"' }),
  note: z.string().max(500).optional(),
});
export const removeRecurringRequestSchema = z.object({
  comment: z.string().trim().min(1, "comment must say why").max(500),
});
export const removeRecurringResponseSchema = z.object({ success: z.literal(true), policy_number: z.string() });

/** Extension: suspending needs a reason (it is the status log's note); reinstating takes an optional note. */
export const suspendRequestSchema = z.object({
  reason: z.string().trim().min(1, "reason must say why the cover is suspended").max(500),
});
export const reinstateRequestSchema = z.object({ note: z.string().trim().max(500).optional() });

/** Extension: a policy paid by recurring payment renews automatically unless turned off (and back on). */
export const automaticRenewalRequestSchema = z.object({ on: z.boolean({ error: "on must be true or false" }) });
export const automaticRenewalResponseSchema = z.object({
  policy_number: z.string(),
  automatic_renewal: z.object({ on: z.boolean(), renews_on: z.string().nullable() }).nullable(),
});

export const continueLinkRequestSchema = z.object({
  send_email: z.boolean().default(false),
  base_url: z.string().url("base_url must be an absolute URL").optional(),
});
export const continueLinkSchema = z.object({
  signed_policy_number: z.string(),
  url: z.string(),
  expires_at: z.string(),
});
export type ContinueLink = z.infer<typeof continueLinkSchema>;

/** "Email me a link to continue" (our extension): where the link goes; the answer never holds the link. */
export const continueEmailRequestSchema = z.object({ email: z.string() });
export const continueEmailSentSchema = z.object({ email: z.string(), expires_at: z.string() });
export const continueEmailDefaultsSchema = z.object({ email: z.string().nullable() });

const text = z.string().nullable().optional();

/** What copy and renew answer: the new quote to continue at /quote/<policy_number>. */
export const newQuoteSchema = z.object({ policy_number: z.string().min(1), product_slug: text }).passthrough();
export type NewQuote = z.infer<typeof newQuoteSchema>;

export const historyVersionSchema = z
  .object({
    seq: z.number().int().optional(),
    version_id: z.string(),
    status: z.string(),
    changed_at: z.string(),
    changed_by: text,
    reason_text: text,
    note: text,
  })
  .passthrough();
export type HistoryVersion = z.infer<typeof historyVersionSchema>;
export const historySchema = z.object({ versions: z.array(historyVersionSchema) });

/** GET and POST /additional-documents/: the form, and after a POST whether it had errors. */
export const additionalDocumentsSchema = z.object({ form: formSchema, has_errors: z.boolean().optional() });

export const formDataResponseSchema = z.object({
  policy_number: z.string(),
  form_data: z.record(z.string(), z.unknown()),
});
