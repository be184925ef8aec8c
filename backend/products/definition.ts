import { z } from "zod";
import type { Answers } from "@/contract/form";
import { checkReferences } from "./definition-refs";
import { fieldDefSchema, formDefSchema, textBlockSchema } from "./field-definition";
import { pricingDefSchema, underwritingRuleSchema } from "./rating-definition";
import { cancellationTermsSchema } from "./cancellation-terms";
import { insuredSchema, productInformationSchema, scheduleSectionSchema } from "./schedule-definition";
import { checkScheduleReferences } from "./schedule-refs";

export type { FieldDefinition, FormDefinition } from "./field-definition";
export type { Factor, PricingDefinition, RatingInput, UnderwritingRule } from "./rating-definition";

/** A quote's answers: form_id → (field name → value). */
export type QuoteAnswers = Record<string, Answers>;

export const fieldRefSchema = z.object({ form_id: z.string().min(1), name: z.string().min(1) }).strict();
export type FieldRef = z.infer<typeof fieldRefSchema>;

const beneficiaryKey = z.string().nullable();

export const productDefinitionSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a slug is kebab-case"),
    name: z.string().min(1),
    description: z.string().min(1),
    image: z.string().nullable(),
    /** Blank `content` means the web app skips the intro page. */
    intro: textBlockSchema,
    terms_and_conditions: z.object({ short: z.string().min(1), long: z.string().min(1) }).strict(),
    attachments: z.record(z.string(), z.string().nullable()),
    forms: z.array(formDefSchema).min(1),
    renewal_form_ids: z.array(z.string()),
    /** The engine sends a code to this answer once `after_form_id` is accepted. */
    otp: z.object({ after_form_id: z.string(), email_field: fieldRefSchema }).strict().optional(),
    customer: z
      .object({
        first_name: fieldRefSchema,
        last_name: fieldRefSchema,
        email: fieldRefSchema,
        phone: fieldRefSchema.nullable(),
      })
      .strict(),
    /** A group whose items become the policy's v3 beneficiaries; `fields` maps each v3 key to a sub-field (null: not asked). */
    beneficiaries: z
      .object({
        group: fieldRefSchema,
        fields: z
          .object({
            fullname: z.string(),
            dob: beneficiaryKey,
            mobile: beneficiaryKey,
            email: beneficiaryKey,
            relationship: beneficiaryKey,
          })
          .strict(),
      })
      .strict()
      .optional(),
    /** Cover dates: two date answers, or a term in months from a start-date answer (null: from the day of purchase). */
    cover: z.discriminatedUnion("from", [
      z.object({ from: z.literal("answers"), start: fieldRefSchema, end: fieldRefSchema }).strict(),
      z
        .object({ from: z.literal("term"), start: fieldRefSchema.nullable(), months: z.number().int().positive() })
        .strict(),
    ]),
    payment_modes: z
      .array(
        z
          .object({
            id: z.string().min(1),
            label: z.string().min(1),
            installments: z.number().int().positive().default(1),
          })
          .strict(),
      )
      .min(1),
    pricing: pricingDefSchema,
    cancellation: cancellationTermsSchema,
    /**
     * Mid-term changes ("<form>.<field>" paths): `customer` answers a customer may change themselves; `referral`
     * answers only a user who decides referrals may change; any other answer an agent may change. The cover dates
     * never change mid-term.
     */
    endorsement: z
      .object({ customer: z.array(z.string()), referral: z.array(z.string()).default([]) })
      .strict()
      .default({ customer: [], referral: [] }),
    underwriting: z.array(underwritingRuleSchema).default([]),
    documents: z
      .object({
        certificate: z.string().min(1),
        emergency_phone: z.string().min(1),
        emergency_instructions: z.string().min(1),
      })
      .strict(),
    /** Asked for after purchase (`form_type: additional_documents`). */
    additional_documents: fieldDefSchema.nullable().default(null),
    /** What the certificate's schedule shows, in order, under its headings. */
    schedule: z.array(scheduleSectionSchema).min(1),
    /** The people covered besides the policyholder, each in their role. */
    insured: z.array(insuredSchema).default([]),
    /** Decimal answers that are money in the pricing currency ("<form>.<field>" or "<form>.<group>.<sub-field>"). */
    money_fields: z.array(z.string()).default([]),
    product_information: productInformationSchema,
  })
  .strict()
  .superRefine((p, ctx) => {
    checkReferences(p, ctx);
    checkScheduleReferences(p, ctx);
  });

export type ProductDefinition = z.output<typeof productDefinitionSchema>;
/** What a product file writes: defaults may be left out. */
export type ProductInput = z.input<typeof productDefinitionSchema>;

/** `forms[1](bike).fields[2](value).rules.min`: indices annotated with the form id or field name found there. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  let node: unknown = raw;
  let out = "";
  for (const seg of path) {
    const next = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
    if (typeof seg === "number") {
      const label =
        next && typeof next === "object"
          ? ((next as { form_id?: unknown; name?: unknown }).form_id ?? (next as { name?: unknown }).name)
          : undefined;
      out += `[${seg}]${typeof label === "string" ? `(${label})` : ""}`;
    } else out += `${out ? "." : ""}${String(seg)}`;
    node = next;
  }
  return out || "(root)";
}

/** Parses a product definition or throws an error naming the product and each bad path. */
export function parseProduct(raw: unknown): ProductDefinition {
  const result = productDefinitionSchema.safeParse(raw);
  if (result.success) return result.data;
  const slug =
    raw && typeof raw === "object" && typeof (raw as { slug?: unknown }).slug === "string"
      ? (raw as { slug: string }).slug
      : "(no slug)";
  const lines = result.error.issues.map((i) => `  ${describePath(raw, i.path)}: ${i.message}`);
  throw new Error(`Product "${slug}" is invalid:\n${lines.join("\n")}`);
}

export type FormInput = z.input<typeof formDefSchema>;
export type FieldInput = z.input<typeof fieldDefSchema>;
