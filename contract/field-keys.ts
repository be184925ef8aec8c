import type { RuleKey } from "./field-rules";
import type { FieldType } from "./field-types";

// The contract's field lists as plain data, with no zod: the browser's rules engine reads them, and the schemas in
// field-types.ts and field-rules.ts are built from them.

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

export function isKnownType(type: string): type is FieldType {
  return (FIELD_TYPES as readonly string[]).includes(type);
}

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

/** An uploaded file's reference as `fileRefSchema` (contract/form.ts) reads it: the shape, checked without zod. */
export function isFileRef(value: unknown): value is { id: string; name: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === "string" && id.length > 0 && typeof name === "string";
}
