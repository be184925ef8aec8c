import { z } from "zod";
import { moneySchema, pricingSchema } from "./pricing";

export const paymentSchema = z.object({
  timestamp: z.string(),
  amount: moneySchema,
  policy_number: z.string(),
  payment_reference: z.string(),
  bank_approval_code: z.string().nullable(),
  amount_breakdown: z.object({ commission_amount: moneySchema, tax_amount: moneySchema, policy_price: moneySchema }),
  payer_name: z.string(),
  payment_gateway: z.string(),
  status: z.string(),
  payment_token: z.string(),
  initial_date: z.string(),
  request_date: z.string(),
});

export const statusLogSchema = z.object({
  timestamp: z.string(),
  status: z.string().optional(),
  reason_text: z.string(),
  note: z.string(),
  updated_by: z.string(),
});
export const notificationLogSchema = z.object({
  timestamp: z.string(),
  note_type: z.string(),
  sent_message: z.string(),
  delivery_status: z.string(),
});

export const INSTALMENT_STATUSES = ["due", "collected", "retrying", "failed", "cancelled"] as const;
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number];
/**
 * Extension `instalment_plan` on the policy view: a policy paid in monthly instalments, as it stands now. The
 * amounts sum exactly to the total; `payment_problem` is true once an instalment failed after every retry.
 */
export const instalmentPlanSchema = z.object({
  instalments: z.array(
    z.object({
      number: z.number().int(),
      due_date: z.string(),
      amount: moneySchema,
      status: z.enum(INSTALMENT_STATUSES),
    }),
  ),
  total: moneySchema,
  currency: z.string(),
  /** Whether the card is still charged automatically (false once the recurring payment is removed). */
  recurring: z.boolean(),
  next_due_date: z.string().nullable(),
  next_amount: moneySchema.nullable(),
  payment_problem: z.boolean(),
});
export type InstalmentPlan = z.infer<typeof instalmentPlanSchema>;
export const endorsementSummarySchema = z
  .object({
    version_id: z.string(),
    effective_date: z.string(),
    changed_at: z.string(),
    changed_by: z.string(),
    reason: z.string(),
    changes: z.array(z.object({ title: z.string(), before: z.string(), after: z.string() }).passthrough()),
    days_in_term: z.number().int(),
    days_remaining: z.number().int(),
    lines: z.array(
      z.object({ id: z.string(), label: z.string(), before: moneySchema, after: moneySchema, difference: moneySchema }),
    ),
    total_difference: moneySchema,
    direction: z.string(),
    currency: z.string(),
  })
  .passthrough();

/** GET /api/v3/policy/<n>/: every v3 key, plus version_id and the extension `price_breakdown`. */
export const policyViewSchema = z
  .object({
    customer_name: z.string(),
    policy_number: z.string(),
    parent_policy_number: z.string().nullable(),
    product_name: z.string(),
    product_slug: z.string().optional(),
    subproduct_name: z.string(),
    subproduct_slug: z.string(),
    status: z.string(),
    start_date: z.string().nullable(),
    end_date: z.string().nullable(),
    form_data: z.record(z.string(), z.unknown()),
    pricing: z.object({ policy_price: moneySchema, tax_amount: moneySchema, total_amount: moneySchema }),
    price_breakdown: pricingSchema.nullable().optional(),
    attachments: z.array(z.object({ name: z.string(), url: z.string() }).passthrough()),
    payment_mode_name: z.string().nullable(),
    last_successful_payment: z.string().nullable(),
    payments: z.array(paymentSchema),
    quote_number: z.string(),
    coverage_items: z.array(z.unknown()),
    renewed_from_policy_number: z.string().nullable(),
    notification_logs: z.array(notificationLogSchema),
    status_logs: z.array(statusLogSchema),
    partnership: z.string().nullable(),
    /** The reference policy object's `language`: the one used for communication about the policy ("en", "ar"). */
    language: z.string().nullable().optional(),
    can_endorse: z.boolean(),
    can_cancel: z.boolean(),
    can_renew: z.boolean(),
    user: z.string().nullable().optional(),
    agent_code: z.string().nullable().optional(),
    /** Extension (the reference policy object's keys), staff only: where a quote started on a partner's site. */
    distributor_id: z.string().nullable().optional(),
    touchpoint_id: z.string().nullable().optional(),
    referrer_url: z.string().nullable().optional(),
    beneficiaries: z.array(z.record(z.string(), z.unknown())),
    /** Extension: the answers as a person reads them, {form title: {field title: text}} like the confirm review. */
    submitted_data: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
    // Extension; one in another shape is dropped (no schedule shown), never an error.
    instalment_plan: instalmentPlanSchema.nullable().optional().catch(null),
    /** Extension: the mid-term changes made so far, oldest first (the endorsement schedule lists them). */
    endorsements: z.array(endorsementSummarySchema).optional(),
    version_id: z.string(),
    created_on: z.string().optional(),
    last_updated_on: z.string().optional(),
    last_updated_by: z.string().optional(),
  })
  .passthrough();
export type PolicyView = z.infer<typeof policyViewSchema>;

export const policyListItemSchema = z
  .object({
    customer_name: z.string(),
    policy_number: z.string(),
    parent_policy_number: z.string().nullable(),
    product_name: z.string(),
    product_slug: z.string(),
    subproduct_name: z.string(),
    subproduct_slug: z.string(),
    status: z.string(),
    start_date: z.string().nullable(),
    end_date: z.string().nullable(),
    renewed_from_policy_number: z.string().nullable(),
    premium: z.number().nullable(),
    /** Extension: the whole price (with tax) as a decimal string; `premium` is before tax. */
    total_price: z.string().nullable().optional(),
    /** Extension: when the policy or quote last changed (ISO timestamp). */
    updated_at: z.string().nullable().optional(),
    currency: z.string(),
    partnership: z.string().nullable(),
    can_endorse: z.boolean(),
    can_cancel: z.boolean(),
    can_renew: z.boolean(),
    is_group_policy: z.boolean(),
    created_on: z.string().optional(),
    last_updated_on: z.string().optional(),
    last_updated_by: z.string().optional(),
    user: z.string().nullable().optional(),
    agent_code: z.string().nullable().optional(),
  })
  .passthrough();
export const policyListResponseSchema = z.object({
  policies_count: z.number().int().optional(),
  /** Extension: true when policies_count is the database's estimate (beyond 10,000 matches, unless exact_count). */
  policies_count_estimated: z.boolean().optional(),
  /** Extension: pass back as `cursor` for the page after this one (present when this page is full). */
  next_cursor: z.string().optional(),
  /** Extension: pass back as `cursor` for the page before this one (present when this page is not the first). */
  previous_cursor: z.string().optional(),
  policies: z.array(policyListItemSchema),
});
