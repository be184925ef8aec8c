import { z } from "zod";
import { policyListResponseSchema } from "@/contract/policy";

/** The API's answers live in contract/; these are the agent console's readings of them. */
export {
  continueLinkSchema,
  historySchema,
  historyVersionSchema,
  newQuoteSchema,
  type ContinueLink,
  type HistoryVersion,
  type NewQuote,
} from "@/contract/actions";
export { userSignInResponseSchema as signInResponseSchema } from "@/contract/auth";

const text = z.string().nullable().optional();

/** The part of a policy view the actions need back (cancel, decisions, a 412's fresh policy). */
export const freshPolicySchema = z
  .object({
    policy_number: z.string(),
    status: z.string(),
    version_id: z.string(),
    last_updated_on: text,
    last_updated_by: text,
    can_cancel: z.boolean().optional(),
    can_renew: z.boolean().optional(),
    can_remove_recurring_payment: z.boolean().optional(),
    can_suspend: z.boolean().optional(),
    can_reinstate: z.boolean().optional(),
  })
  .passthrough();
export type FreshPolicy = z.infer<typeof freshPolicySchema>;

export const conflictBodySchema = z.object({ detail: z.string(), policy: freshPolicySchema });

export const anyBodySchema = z.unknown();

/** Removing a recurring payment answers `{ success }`. */
export const recurringRemovedSchema = z.object({ success: z.boolean() }).passthrough();

export type PolicyList = z.infer<typeof policyListResponseSchema>;
export type PolicyListItem = PolicyList["policies"][number];
