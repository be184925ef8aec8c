import type { Field } from "../form";
import type { RuleContext } from "./field-rule";
import { validateForm } from "./validate-form";

export const ctx: RuleContext = { today: "2026-11-23" };

/** A field definition for tests, as `fieldSchema` would parse it. */
export function field(type: string, extra: Partial<Field> = {}): Field {
  return { type, name: "answer", title: "Your answer", required: false, ...extra };
}

/** What validateForm returns for one field posted alone: its messages and normalised value. */
export function single(def: Field, value: unknown): { errors: string[]; value: unknown } {
  const result = validateForm({ fields: [def] }, { [def.name]: value }, ctx);
  return { errors: result.fieldErrors[def.name] ?? [], value: result.values[def.name] };
}
