import { z } from "zod";
import { formSchema } from "@/contract/form";
import { policyListResponseSchema } from "@/contract/policy";

/** POST /token/refresh/: the sign-in's new end. */
export const tokenRefreshSchema = z.object({ expires_at: z.string() });

/** GET and POST /additional-documents/: the form, and after a POST whether it had errors. */
export const additionalDocumentsSchema = z.object({ form: formSchema, has_errors: z.boolean().optional() });

/** POST /renew/: the new quote. */
export const renewResponseSchema = z.object({ policy_number: z.string().min(1) }).passthrough();

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
