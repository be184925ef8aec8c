import { z } from "zod";
import { FIELD_TYPES, isKnownType } from "./field-keys";

export { FIELD_TYPES, isKnownType };
export const fieldTypeSchema = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof fieldTypeSchema>;
export type SubFieldType = Exclude<FieldType, "group">;
