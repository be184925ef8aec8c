import type { AnyField } from "./field-rule";
import { ruleFor } from "./registry";

export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}

/** What an empty answer looks like for the field's type; null for an unknown type. */
export function emptyValue(field: AnyField): unknown {
  return ruleFor(field.type)?.empty(field) ?? null;
}
