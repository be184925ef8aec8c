import type { AnyField, RuleContext } from "./field-rule";
import { isEmptyValue } from "./empty";
import { messages } from "./messages";
import { ruleFor } from "./registry";

export type FieldCheck = { value: unknown; errors: string[] };

/** The normalised value and the messages for one field; unknown types pass through unchecked. */
export function checkField(field: AnyField, raw: unknown, ctx: RuleContext): FieldCheck {
  const rule = ruleFor(field.type);
  if (!rule) return { value: raw === undefined ? null : raw, errors: [] };
  if (field.type === "content" || field.type === "hidden") return { value: rule.normalise(field, raw), errors: [] };
  const value = rule.normalise(field, raw);
  if (isEmptyValue(value)) {
    return { value: rule.empty(field), errors: field.required ? [messages.required(field)] : [] };
  }
  return { value, errors: rule.validate(field, value, ctx) };
}

/** Messages for one value. For a group: the group's own messages only (items are checked by validateForm). */
export function validateField(field: AnyField, value: unknown, ctx: RuleContext): string[] {
  return checkField(field, value, ctx).errors;
}
