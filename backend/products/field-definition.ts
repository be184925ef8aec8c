import { z } from "zod";
import {
  FIELD_TYPES,
  RULE_KEYS,
  choiceSchema,
  fieldBaseShape,
  formSchema,
  knownFieldSchema,
  knownSubFieldSchema,
  ruleValueSchemas,
  type FieldOf,
  type FieldType,
  type KnownField,
  type KnownSubField,
  type RuleKey,
} from "@/contract/form";

const RELATIVE_OR_ISO_DATE = /^(today|[+-]\d+[dwmy]|\d{4}-\d{2}-\d{2})$/i;
const DECIMAL = /^-?\d+(\.\d+)?$/;

const ruleDefSchema = z.object(ruleValueSchemas).partial().strict();
const fieldType = z.enum(FIELD_TYPES);
type Ctx = z.RefinementCtx;
type RawField = {
  type: FieldType;
  name: string;
  choices?: { value: string }[];
  rules?: z.infer<typeof ruleDefSchema> | null;
  content?: string | null;
};

function checkField(f: RawField, ctx: Ctx) {
  const rules = f.rules ?? {};
  for (const key of Object.keys(rules)) {
    if (!(RULE_KEYS[f.type] as readonly string[]).includes(key as RuleKey)) {
      ctx.addIssue({
        code: "custom",
        path: ["rules", key],
        message: `rule "${key}" does not apply to a ${f.type} field`,
      });
    }
  }
  if (["select", "radio", "multiselect"].includes(f.type)) {
    const values = (f.choices ?? []).map((c) => c.value);
    if (values.length === 0)
      ctx.addIssue({ code: "custom", path: ["choices"], message: `a ${f.type} field needs choices` });
    if (new Set(values).size !== values.length)
      ctx.addIssue({ code: "custom", path: ["choices"], message: "choice values must be unique" });
  }
  if (f.type === "content" && !f.content)
    ctx.addIssue({ code: "custom", path: ["content"], message: "a content field needs content" });
  if (rules.pattern !== undefined) {
    try {
      new RegExp(rules.pattern);
    } catch {
      ctx.addIssue({
        code: "custom",
        path: ["rules", "pattern"],
        message: "pattern is not a valid regular expression",
      });
    }
  }
  for (const key of ["min_date", "max_date"] as const) {
    const v = rules[key];
    if (v !== undefined && !RELATIVE_OR_ISO_DATE.test(v)) {
      ctx.addIssue({
        code: "custom",
        path: ["rules", key],
        message: `"${v}" is neither an ISO date nor relative (today, +1d, +2w, -18y, +1m)`,
      });
    }
  }
  for (const key of ["min", "max"] as const) {
    const v = rules[key];
    if (v === undefined) continue;
    const ok = f.type === "decimal" ? typeof v === "string" && DECIMAL.test(v) : Number.isInteger(v);
    if (!ok)
      ctx.addIssue({
        code: "custom",
        path: ["rules", key],
        message: f.type === "decimal" ? "must be a decimal string" : "must be an integer",
      });
  }
}

function checkShowIf(fields: (RawField & { show_if?: unknown })[], ctx: Ctx, path: (string | number)[]) {
  fields.forEach((f, i) => {
    const cond = f.show_if as { field: string; equals?: unknown; in?: unknown[] } | null | undefined;
    if (!cond) return;
    const target = fields.find((t) => t.name === cond.field && t !== f);
    if (!target) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "show_if", "field"],
        message: `show_if names "${cond.field}", which is not a field of this form`,
      });
      return;
    }
    const allowed = target.choices?.map((c) => c.value);
    const wanted = "in" in cond && cond.in ? cond.in : [cond.equals];
    for (const w of wanted) {
      if (allowed && !allowed.includes(w as string)) {
        ctx.addIssue({
          code: "custom",
          path: [...path, i, "show_if"],
          message: `show_if value ${JSON.stringify(w)} is not a choice of "${cond.field}"`,
        });
      }
    }
  });
}

function checkUniqueNames(fields: { name: string }[], ctx: Ctx, path: (string | number)[]) {
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (seen.has(f.name))
      ctx.addIssue({ code: "custom", path: [...path, i, "name"], message: `field name "${f.name}" is used twice` });
    seen.add(f.name);
  });
}

const { errors: _errors, ...defBaseShape } = fieldBaseShape;
const flatShape = {
  ...defBaseShape,
  rules: ruleDefSchema.nullish(),
  choices: z.array(choiceSchema).optional(),
  content: z.string().nullish(),
};

/** Checked flat (the messages name the definition's mistake), then parsed into the contract's union. */
function asMember<S extends z.ZodType>(member: S) {
  return (f: unknown, ctx: Ctx): z.infer<S> => {
    const parsed = member.safeParse(f);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  };
}

export const subFieldDefSchema = z
  .object({
    ...flatShape,
    type: fieldType.exclude(["group"], { message: "a group's sub-fields cannot be groups" }),
  })
  .strict()
  .superRefine((f, ctx) => checkField(f, ctx))
  .transform(asMember(knownSubFieldSchema));

export const fieldDefSchema = z
  .object({ ...flatShape, type: fieldType, fields: z.array(subFieldDefSchema).optional() })
  .strict()
  .superRefine((f, ctx) => {
    checkField(f, ctx);
    if (f.type === "group") {
      if (!f.fields?.length) ctx.addIssue({ code: "custom", path: ["fields"], message: "a group needs sub-fields" });
      else {
        checkUniqueNames(f.fields, ctx, ["fields"]);
        checkShowIf(f.fields, ctx, ["fields"]);
      }
    } else if (f.fields) ctx.addIssue({ code: "custom", path: ["fields"], message: "only a group has sub-fields" });
  })
  .transform(asMember(knownFieldSchema) as (f: unknown, ctx: Ctx) => FieldDefinition);
/** A defined field: a known type, and a group's sub-fields are known types too (checked above). */
export type FieldDefinition =
  Exclude<KnownField, { type: "group" }> | (Omit<FieldOf<"group">, "fields"> & { fields?: KnownSubField[] });

const textBlock = z
  .object({ image: z.string().nullable(), title: z.string().nullable(), content: z.string().nullable() })
  .strict();

export const formDefSchema = formSchema
  .omit({ errors: true })
  .extend({
    form_type: z.literal("form").default("form"),
    fields: z.array(fieldDefSchema).min(1),
    /** Shown with the form (the submit response's `description`). */
    description: textBlock.optional(),
    /** Shown after the form is accepted, before the next step (`next_action: display`). */
    display_after: z
      .object({ title: z.string().min(1), content: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((form, ctx) => {
    checkUniqueNames(form.fields, ctx, ["fields"]);
    checkShowIf(form.fields, ctx, ["fields"]);
  });
export type FormDefinition = z.infer<typeof formDefSchema>;
export { textBlock as textBlockSchema };
