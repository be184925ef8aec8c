import { z } from "zod";

/** Every field type of the contract. The web registry and the server validators are typed over this list. */
export const FIELD_TYPES = [
  "text",
  "textarea",
  "email",
  "phone",
  "number",
  "decimal",
  "date",
  "select",
  "radio",
  "multiselect",
  "checkbox",
  "async_file",
  "group",
  "content",
  "hidden",
] as const;
export const fieldTypeSchema = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof fieldTypeSchema>;

export const FORM_TYPES = ["form", "otp", "confirmation", "additional_documents"] as const;
export const formTypeSchema = z.enum(FORM_TYPES);
export type FormType = z.infer<typeof formTypeSchema>;

export const showIfSchema = z.union([
  z.object({ field: z.string(), equals: z.unknown() }),
  z.object({ field: z.string(), in: z.array(z.unknown()) }),
]);
export type ShowIf = z.infer<typeof showIfSchema>;

export const choiceSchema = z.object({ value: z.string(), label: z.string() });
export type Choice = z.infer<typeof choiceSchema>;

/** Rules by type (see the contract's table). Unknown rule keys are kept, not rejected. */
export const rulesSchema = z
  .object({
    min_length: z.number().int().nonnegative(),
    max_length: z.number().int().positive(),
    pattern: z.string(),
    min: z.union([z.number(), z.string()]),
    max: z.union([z.number(), z.string()]),
    decimal_places: z.number().int().nonnegative(),
    min_date: z.string(),
    max_date: z.string(),
    type: z.string(),
    accepted_mime_types: z.array(z.string()),
    max_size: z.number().int().positive(),
  })
  .partial()
  .passthrough();
export type Rules = z.infer<typeof rulesSchema>;

export const fileRefSchema = z.object({ id: z.string().min(1), name: z.string() });
export type FileRef = z.infer<typeof fileRefSchema>;

export const itemErrorSchema = z.object({
  index: z.number().int().nonnegative(),
  name: z.string(),
  errors: z.array(z.string()),
});
export type ItemError = z.infer<typeof itemErrorSchema>;

const baseField = {
  /** A string, not the enum: a backend may send a type this app does not know yet. */
  type: z.string(),
  name: z.string().min(1),
  title: z.string().default(""),
  value: z.unknown().optional(),
  required: z.boolean().default(false),
  help_text: z.string().nullish(),
  placeholder: z.string().nullish(),
  read_only: z.boolean().optional(),
  show_if: showIfSchema.nullish(),
  choices: z.array(choiceSchema).optional(),
  rules: rulesSchema.nullish(),
  content: z.string().nullish(),
  errors: z.array(z.string()).optional(),
};

export const subFieldSchema = z.object(baseField).passthrough();
export type SubField = z.infer<typeof subFieldSchema>;

export const fieldSchema = z
  .object({
    ...baseField,
    fields: z.array(subFieldSchema).optional(),
    item_errors: z.array(itemErrorSchema).optional(),
  })
  .passthrough();
export type Field = z.infer<typeof fieldSchema>;

export const formSchema = z.object({
  form_id: z.string().min(1),
  form_name: z.string().default(""),
  form_type: formTypeSchema.default("form"),
  fields: z.array(fieldSchema),
  errors: z.array(z.string()).optional(),
});
export type Form = z.infer<typeof formSchema>;

/** A group item or a whole form's answers: field name → value. */
export type Answers = Record<string, unknown>;
