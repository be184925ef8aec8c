import { z } from "zod";
import { policyListResponseSchema } from "@/contract/policy";

/** The API's answers live in contract/; these are the account pages' names for them. */
export { tokenRefreshResponseSchema as tokenRefreshSchema } from "@/contract/auth";
export { additionalDocumentsSchema, newQuoteSchema as renewResponseSchema } from "@/contract/actions";

/** The fresh policy a 412 carries: only what the conflict message shows is required. */
export const freshPolicySchema = z
  .object({
    version_id: z.string(),
    status: z.string(),
    start_date: z.string().nullable().optional(),
    end_date: z.string().nullable().optional(),
    can_cancel: z.boolean().optional(),
    last_updated_by: z.string().optional(),
    status_logs: z
      .array(z.object({ timestamp: z.string(), reason_text: z.string().optional() }).passthrough())
      .optional(),
  })
  .passthrough();
export type FreshPolicy = z.infer<typeof freshPolicySchema>;

/** The v3 list as a customer sees it. */
export const accountListSchema = policyListResponseSchema;
export type AccountPolicyList = z.infer<typeof accountListSchema>;
export type AccountPolicyItem = AccountPolicyList["policies"][number];
