import { z } from "zod";
import type { FieldType } from "./field-types";
import { RULE_KEYS } from "./field-keys";

/** A key another type owns: dropped if sent, typed `undefined` so code can read it on any field. */
export const absent = z.undefined().optional().catch(undefined);

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

export { RULE_KEYS };

type OwnRules<T extends FieldType> = (typeof RULE_KEYS)[T][number];
/** A type's own rule keys with their values; other types' keys typed `undefined` so any field's rules read alike. */
type RulesShape<T extends FieldType> = Pick<typeof ruleValueSchemas, OwnRules<T>> &
  Record<Exclude<RuleKey, OwnRules<T>>, typeof absent>;

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
