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
