import { z } from "zod";
import { formSchema } from "./form";
import { moneySchema, pricingSchema } from "./pricing";

// A backend may leave out the details (description, image): the storefront lists the product without them.
export const productSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  image: z.string().nullish(),
});
export const productsResponseSchema = z.object({ products: z.array(productSummarySchema) });
export type ProductSummary = z.infer<typeof productSummarySchema>;

export const formStepSchema = z.object({ id: z.string(), title: z.string() });
export const metaSchema = z.object({
  name: z.string(),
  intro: z.object({ image: z.string().nullable(), title: z.string().nullable(), content: z.string().nullable() }),
  terms_and_conditions: z.object({ short: z.string(), long: z.string() }).default({ short: "", long: "" }),
  attachments: z.record(z.string(), z.string().nullable()).default({}),
  form_sequence: z.array(formStepSchema),
  renewal_form_sequence: z.array(formStepSchema).default([]),
  /** Our extension: the quote's holder may have a continue link emailed (`email-continue-link/`); absent: no. */
  can_email_continue_link: z.boolean().optional(),
});
export type Meta = z.infer<typeof metaSchema>;

export const NEXT_ACTIONS = ["continue", "display", "rejected", "referred", "complete", "perform_otp", "pay"] as const;
export const nextActionSchema = z.enum(NEXT_ACTIONS);
export type NextAction = z.infer<typeof nextActionSchema>;

const distributionKey = z.string().trim().max(500).nullable().optional();

/** What the client posts: only `name` and `value` of each field are read. */
export const submitRequestSchema = z.object({
  policy_number: z.string().nullable().optional(),
  /** Extension, read on the submit that starts a quote: the partner's site it was started on (policy keys). */
  partnership: distributionKey,
  distributor_id: distributionKey,
  touchpoint_id: distributionKey,
  referrer_url: distributionKey,
  form: z
    .object({
      form_id: z.string().min(1, "form.form_id names the form being answered"),
      fields: z.array(z.object({ name: z.string().min(1), value: z.unknown().optional() }).passthrough()),
    })
    .passthrough(),
});
export type SubmitRequest = z.infer<typeof submitRequestSchema>;
/** A form's answers alone: the live price, the additional documents. */
export const formAnswersRequestSchema = submitRequestSchema.pick({ form: true });

export const descriptionSchema = z.object({
  image: z.string().nullable(),
  title: z.string().nullable(),
  content: z.string().nullable(),
});
export const contentDataSchema = z.object({
  title: z.string(),
  content: z.string(),
  redirect_to: z.string().nullable(),
});

/** Extension: one planned instalment of a mode paid monthly (the amounts sum exactly to the total). */
export const plannedInstalmentSchema = z.object({
  number: z.number().int(),
  due_date: z.string(),
  amount: moneySchema,
});
export type PlannedInstalment = z.infer<typeof plannedInstalmentSchema>;
/** `amount` is what is charged now; `instalments` (our extension, optional) is the whole schedule, the first now. */
export const paymentModeSchema = z.object({
  id: z.string(),
  label: z.string(),
  amount: moneySchema,
  // A backend's malformed schedule is dropped (the mode is shown as without one), never an error.
  instalments: z.array(plannedInstalmentSchema).optional().catch(undefined),
});
export const paymentRequestSchema = z.object({
  amount: moneySchema,
  currency: z.string(),
  modes: z.array(paymentModeSchema),
});
export type PaymentRequest = z.infer<typeof paymentRequestSchema>;

export const submitResponseSchema = z.object({
  policy_number: z.string().nullable(),
  policy_status: z.string().nullable(),
  description: descriptionSchema,
  form: formSchema.nullable(),
  has_errors: z.boolean(),
  next_action: nextActionSchema,
  content_data: contentDataSchema.nullable(),
  pricing: pricingSchema.nullable().optional(),
  quote_token: z.string().nullable().optional(),
  customer_token: z.string().nullable().optional(),
  customer_token_expires_at: z.string().optional(),
  payment: paymentRequestSchema.nullable().optional(),
});
export type SubmitResponse = z.infer<typeof submitResponseSchema>;

export const priceResponseSchema = z.object({ pricing: pricingSchema.nullable() });

export const attachmentAddRequestSchema = z.object({
  data: z.string().regex(/^data:[^;,]*(;[^;,]+)*;base64,/, "data must be a data URL: data:<mime>;base64,<bytes>"),
  name: z.string().min(1, "name is the field the file belongs to"),
  filename: z.string().max(255).optional(),
});
export const attachmentAddResponseSchema = z.object({ file_reference: z.string() });

export const priceInfoSchema = z.object({
  currency: z.string(),
  policy_price: moneySchema,
  tax_amount: moneySchema,
  total_price: moneySchema,
});
export const confirmReviewSchema = z.object({
  submitted_data: z.record(z.string(), z.record(z.string(), z.unknown())),
  form: formSchema,
  policy_data: z.record(z.string(), z.unknown()),
  price_info: priceInfoSchema,
  pricing: pricingSchema.nullable().optional(),
});
export type ConfirmReview = z.infer<typeof confirmReviewSchema>;

export const paymentTokenQuerySchema = z.object({
  policy_number: z.string().min(1, "policy_number is required"),
  payment_mode: z.string().min(1, "payment_mode is required"),
  return_url: z.string().url("return_url must be an absolute URL"),
});
export const paymentTokenResponseSchema = z.object({
  token: z.string(),
  redirect_url: z.string(),
  amount: moneySchema,
  currency: z.string(),
});
