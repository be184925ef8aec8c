import type { Answers } from "../form";
import type { AnyField } from "./field-rule";
import { isEmptyValue } from "./empty";

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** Equal as JSON values; a primitive also matches its string form (12 ~ "12", true ~ "true"); all empties match. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  if (isPrimitive(a) && isPrimitive(b)) return String(a) === String(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (typeof a === "object" && typeof b === "object" && a !== null && b !== null) {
    const keys = Object.keys(a);
    const other = b as Record<string, unknown>;
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(other, k) && sameValue((a as Record<string, unknown>)[k], other[k]))
    );
  }
  return false;
}

/** show_if refers to a sibling in the same answers object (the form's, or one group item's). */
export function isShown(field: AnyField, answers: Answers): boolean {
  const condition = field.show_if;
  if (!condition) return true;
  const actual = answers && Object.hasOwn(answers, condition.field) ? answers[condition.field] : undefined;
  if ("in" in condition && Array.isArray(condition.in)) return condition.in.some((v) => sameValue(actual, v));
  if ("equals" in condition) return sameValue(actual, condition.equals);
  return true;
}
