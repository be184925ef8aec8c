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
export type SubFieldType = Exclude<FieldType, "group">;

export function isKnownType(type: string): type is FieldType {
  return (FIELD_TYPES as readonly string[]).includes(type);
}

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

/** Every rule key with the shape of its value. */
export const ruleValueSchemas = {
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
};
export type RuleKey = keyof typeof ruleValueSchemas;

/**
 * The rule keys each type takes (the contract's table), declared once: the rules engine reads them,
 * product definitions are checked against them and each field type's schema is built from them.
 */
export const RULE_KEYS = {
  text: ["min_length", "max_length", "pattern"],
  textarea: ["min_length", "max_length"],
  email: [],
  phone: [],
  number: ["min", "max"],
  decimal: ["min", "max", "decimal_places"],
  date: ["min_date", "max_date"],
  select: [],
  radio: [],
  multiselect: ["min", "max"],
  checkbox: [],
  async_file: ["type", "accepted_mime_types", "min", "max", "max_size"],
  group: ["min", "max"],
  content: [],
  hidden: [],
} as const satisfies Record<FieldType, readonly RuleKey[]>;

type OwnRules<T extends FieldType> = (typeof RULE_KEYS)[T][number];
/** A type's own rule keys with their values; other types' keys typed `undefined` so any field's rules read alike. */
type RulesShape<T extends FieldType> = Pick<typeof ruleValueSchemas, OwnRules<T>> &
  Record<Exclude<RuleKey, OwnRules<T>>, typeof absent>;

/** A key another type owns: dropped if sent, typed `undefined` so code can read it on any field. */
const absent = z.undefined().optional().catch(undefined);

function rulesShape<T extends FieldType>(type: T): RulesShape<T> {
  const own: readonly RuleKey[] = RULE_KEYS[type];
  const keys = Object.keys(ruleValueSchemas) as RuleKey[];
  return Object.fromEntries(
    keys.map((key) => [key, own.includes(key) ? ruleValueSchemas[key] : absent]),
  ) as RulesShape<T>;
}

/** A type's rules. Unknown rule keys are kept, not rejected (a newer backend may send more). */
export function rulesSchemaFor<T extends FieldType>(type: T) {
  return z.object(rulesShape(type)).partial().passthrough();
}

/** Any type's rules, every key optional: for code that reads rules without knowing the type. */
export const rulesSchema = z.object(ruleValueSchemas).partial().passthrough();
export type Rules = z.infer<typeof rulesSchema>;

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
