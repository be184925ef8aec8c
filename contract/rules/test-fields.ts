import type { Field } from "../form";
import type { RuleContext } from "./field-rule";
import { validateForm } from "./validate-form";

export const ctx: RuleContext = { today: "2026-11-23" };

/** A field definition for tests, as given (not parsed: the engine must cope with whatever it is sent). */
export function field(type: string, extra: Record<string, unknown> = {}): Field {
  return { type, name: "answer", title: "Your answer", required: false, ...extra } as Field;
}

/** What validateForm returns for one field posted alone: its messages and normalised value. */
export function single(def: Field, value: unknown): { errors: string[]; value: unknown } {
  const result = validateForm({ fields: [def] }, { [def.name]: value }, ctx);
  return { errors: result.fieldErrors[def.name] ?? [], value: result.values[def.name] };
}
