import { z } from "zod";

/** The development outbox (newest first); lenient where a backend may say less. */
export const outboxEmailSchema = z.object({
  id: z.string().optional(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  created_at: z.string().nullable().optional(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;
export const outboxResponseSchema = z.object({ emails: z.array(outboxEmailSchema) });
export const outboxQuerySchema = z.object({ to: z.string().optional() });

export const healthResponseSchema = z.object({ ok: z.literal(true) });
