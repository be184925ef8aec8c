import { z } from "zod";
import { policyListResponseSchema } from "@/contract/policy";

/** Shapes of the agent console's answers (docs/api-extensions.md); lenient where a backend may say less. */

const text = z.string().nullable().optional();

export const historyVersionSchema = z.object({
  seq: z.number().int().optional(),
  version_id: z.string(),
  status: z.string(),
  changed_at: z.string(),
  changed_by: text,
  reason_text: text,
  note: text,
}).passthrough();
export type HistoryVersion = z.infer<typeof historyVersionSchema>;
export const historySchema = z.object({ versions: z.array(historyVersionSchema) });

/** What copy and renew answer: the new quote to continue at /quote/<policy_number>. */
export const newQuoteSchema = z.object({ policy_number: z.string().min(1), product_slug: text }).passthrough();
export type NewQuote = z.infer<typeof newQuoteSchema>;

export const continueLinkSchema = z.object({
  signed_policy_number: z.string(),
  url: z.string(),
  expires_at: z.string(),
});
export type ContinueLink = z.infer<typeof continueLinkSchema>;

/** The part of a policy view the actions need back (cancel, decisions, a 412's fresh policy). */
export const freshPolicySchema = z.object({
  policy_number: z.string(),
  status: z.string(),
  version_id: z.string(),
  last_updated_on: text,
  last_updated_by: text,
}).passthrough();
export type FreshPolicy = z.infer<typeof freshPolicySchema>;

export const conflictBodySchema = z.object({ detail: z.string(), policy: freshPolicySchema });

export const signInResponseSchema = z.object({
  user: z.object({ name: z.string(), agent_code: z.string().nullable().optional() }).passthrough(),
}).passthrough();

export const anyBodySchema = z.unknown();

export type PolicyList = z.infer<typeof policyListResponseSchema>;
export type PolicyListItem = PolicyList["policies"][number];
