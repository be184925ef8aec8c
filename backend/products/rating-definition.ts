import { z } from "zod";

/** "<form_id>.<name>": one answer of one form. */
export const fieldPathSchema = z.string().regex(/^[^.\s]+\.[^.\s]+$/, 'a field path is "<form_id>.<name>"');
export const decimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string, e.g. "1.25"');
const code = z.string().regex(/^[a-z0-9_-]+$/, "an id is lower-case letters, digits, - or _");

/** What a rating step reads from the answers. */
export const inputSchema = z.union([
  z.object({ field: fieldPathSchema }).strict(),
  /** The number of items of a group (or choices of a multiselect). */
  z.object({ count: fieldPathSchema }).strict(),
  /** Days from the first date to the second, both included (a trip of one day is 1). */
  z.object({ days_between: z.tuple([fieldPathSchema, fieldPathSchema]) }).strict(),
]);
export type RatingInput = z.infer<typeof inputSchema>;

const bandSchema = z.object({ up_to: z.union([z.number(), decimalSchema]).nullable(), factor: decimalSchema }).strict();

export const factorSchema = z.discriminatedUnion("kind", [
  /** Multiply by the table's entry for the answer; `default` stands in while the question is unanswered. */
  z
    .object({
      kind: z.literal("table"),
      id: code,
      input: inputSchema,
      table: z.record(z.string(), decimalSchema),
      default: z.string().optional(),
    })
    .strict(),
  /** Multiply by the factor of the first band whose `up_to` is at least the value; the last band is open (`up_to: null`). */
  z
    .object({ kind: z.literal("bands"), id: code, input: inputSchema, bands: z.array(bandSchema).min(1) })
    .strict()
    .refine((f) => f.bands.at(-1)?.up_to === null, {
      message: "the last band must be open (up_to: null)",
      path: ["bands"],
    }),
  /** Multiply by the value itself, e.g. the number of travellers. */
  z.object({ kind: z.literal("per_unit"), id: code, input: inputSchema }).strict(),
]);
export type Factor = z.infer<typeof factorSchema>;

export const pricingDefSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code"),
    /** A fixed base rate, or a sum insured times a rate. */
    base: z.union([
      z.object({ amount: decimalSchema }).strict(),
      z.object({ input: inputSchema, rate: decimalSchema }).strict(),
    ]),
    factors: z.array(factorSchema).default([]),
    /** Optional perils: each chosen option loads the premium by its percent (unanswered = none chosen). */
    loadings: z
      .object({ field: fieldPathSchema, percent: z.record(z.string(), decimalSchema) })
      .strict()
      .optional(),
    minimum_premium: decimalSchema.optional(),
    fees: z.array(z.object({ id: code, label: z.string().min(1), amount: decimalSchema }).strict()).default([]),
    /** Each tax is a percent of the premium plus fees. */
    taxes: z.array(z.object({ id: code, label: z.string().min(1), percent: decimalSchema }).strict()).default([]),
  })
  .strict();
export type PricingDefinition = z.infer<typeof pricingDefSchema>;

export const UNDERWRITING_OPS = ["gt", "gte", "lt", "lte", "eq", "ne", "in"] as const;
const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const underwritingRuleSchema = z
  .object({
    when: z
      .object({ field: fieldPathSchema, op: z.enum(UNDERWRITING_OPS), value: z.union([scalar, z.array(scalar)]) })
      .strict(),
    outcome: z.enum(["rejected", "referred"]),
    message: z.string().min(1),
  })
  .strict()
  .refine((r) => (r.when.op === "in") === Array.isArray(r.when.value), {
    message: 'op "in" takes a list of values; every other op takes one value',
    path: ["when", "value"],
  });
export type UnderwritingRule = z.infer<typeof underwritingRuleSchema>;
