import { RULE_KEYS } from "../../field-keys";
import type { RuleKey } from "../../form";
import type { AnyField } from "../field-rule";
import { messages } from "../messages";

export function trimmed(value: unknown): unknown {
  return typeof value === "string" ? value.trim() : value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A rule's value when the field's type takes that rule (the contract's RULE_KEYS); otherwise undefined. */
export function ruleValue(field: AnyField, key: RuleKey): unknown {
  const own: readonly RuleKey[] | undefined = RULE_KEYS[field.type as keyof typeof RULE_KEYS];
  return own?.includes(key) ? field.rules?.[key] : undefined;
}

/** A numeric rule (`min`, `max`, `min_length`...) as a number, or null when absent or not numeric. */
export function numericRule(field: AnyField, key: RuleKey): number | null {
  const raw = ruleValue(field, key);
  if (raw === undefined || raw === null || raw === "") return null;
  const n = typeof raw === "number" ? raw : Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** min/max count of a list (multiselect, files, group items). */
export function countErrors(
  field: AnyField,
  count: number,
  tooFew: (f: AnyField, n: number) => string,
  tooMany: (f: AnyField, n: number) => string,
): string[] {
  const min = numericRule(field, "min");
  const max = numericRule(field, "max");
  if (min !== null && count < min) return [tooFew(field, min)];
  if (max !== null && count > max) return [tooMany(field, max)];
  return [];
}

/** min_length/max_length in characters (code points, so an emoji counts once). */
export function lengthErrors(field: AnyField, value: string): string[] {
  const length = [...value].length;
  const min = numericRule(field, "min_length");
  const max = numericRule(field, "max_length");
  if (min !== null && length < min) return [messages.minLength(field, min)];
  if (max !== null && length > max) return [messages.maxLength(field, max)];
  return [];
}

export function choiceValues(field: AnyField): string[] | null {
  return Array.isArray(field.choices) ? field.choices.map((c) => c.value) : null;
}
