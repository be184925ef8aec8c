import { z } from "zod";
import { absent, rulesSchema, rulesSchemaFor } from "./field-rules";
import { FIELD_TYPES, isKnownType, type FieldType } from "./field-types";

export { RULE_KEYS, ruleValueSchemas, rulesSchema, rulesSchemaFor, type RuleKey, type Rules } from "./field-rules";
export * from "./field-types";

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

export const fileRefSchema = z.object({ id: z.string().min(1), name: z.string() });
export type FileRef = z.infer<typeof fileRefSchema>;

export const itemErrorSchema = z.object({
  index: z.number().int().nonnegative(),
  name: z.string(),
  errors: z.array(z.string()),
});
export type ItemError = z.infer<typeof itemErrorSchema>;

const notOwned = { choices: absent, content: absent, fields: absent, item_errors: absent };

export const fieldBaseShape = {
  name: z.string().min(1),
  title: z.string().default(""),
  /** Not typed per type: a response with errors echoes what was posted, whatever it was. */
  value: z.unknown().optional(),
  required: z.boolean().default(false),
  help_text: z.string().nullish(),
  placeholder: z.string().nullish(),
  read_only: z.boolean().optional(),
  show_if: showIfSchema.nullish(),
  errors: z.array(z.string()).optional(),
};

const choiceKeys = { choices: z.array(choiceSchema).optional() };

type MemberShape<T extends FieldType, S extends z.ZodRawShape> = Omit<
  typeof fieldBaseShape & typeof notOwned,
  keyof S
> & { type: z.ZodLiteral<T>; rules: z.ZodOptional<z.ZodNullable<ReturnType<typeof rulesSchemaFor<T>>>> } & S;

function member<T extends FieldType, S extends z.ZodRawShape>(type: T, own: S) {
  const shape = {
    ...fieldBaseShape,
    ...notOwned,
    type: z.literal(type),
    rules: rulesSchemaFor(type).nullish(),
    ...own,
  };
  return z.object(shape as MemberShape<T, S>);
}

const subFieldMembers = [
  member("text", {}),
  member("textarea", {}),
  member("email", {}),
  member("phone", {}),
  member("number", {}),
  member("decimal", {}),
  member("date", {}),
  member("select", choiceKeys),
  member("radio", choiceKeys),
  member("multiselect", choiceKeys),
  member("checkbox", {}),
  member("async_file", {}),
  member("content", { content: z.string().nullish() }),
  member("hidden", {}),
] as const;

/** A type this app does not know: kept so the renderer can show a notice, its own keys dropped. */
function unknownMember(known: readonly string[]) {
  return z.object({
    ...fieldBaseShape,
    ...notOwned,
    type: z.string().refine((type) => !known.includes(type), { message: "Invalid input" }),
    rules: rulesSchema.nullish().catch(null),
  });
}

export const knownSubFieldSchema = z.discriminatedUnion("type", [...subFieldMembers]);
export const unknownSubFieldSchema = unknownMember(subFieldMembers.map((m) => m.shape.type.value));
export const subFieldSchema = z.union([knownSubFieldSchema, unknownSubFieldSchema]);
export type KnownSubField = z.infer<typeof knownSubFieldSchema>;
export type SubField = z.infer<typeof subFieldSchema>;

const groupMember = member("group", {
  fields: z.array(subFieldSchema).optional(),
  item_errors: z.array(itemErrorSchema).optional(),
});

export const knownFieldSchema = z.discriminatedUnion("type", [...subFieldMembers, groupMember]);
export const unknownFieldSchema = unknownMember(FIELD_TYPES);
export const fieldSchema = z.union([knownFieldSchema, unknownFieldSchema]);
export type KnownField = z.infer<typeof knownFieldSchema>;
export type UnknownField = z.infer<typeof unknownFieldSchema>;
export type Field = z.infer<typeof fieldSchema>;
/** A field of a form or of a group item. */
export type AnyField = Field | SubField;
/** The member of the union for one type. */
export type FieldOf<T extends FieldType> = Extract<KnownField, { type: T }>;

export function isKnownField<F extends AnyField>(field: F): field is Exclude<F, UnknownField> & F {
  return isKnownType(field.type);
}

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
