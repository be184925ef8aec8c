import type { Field } from "@/contract/form";
import { fieldKey } from "@/lib/form-values";

/** The server's messages by form-state path (`email`, `people`, `people.0.first_name`) and form-level ones. */
export type ServerErrors = { fields: Record<string, string[]>; form: string[] };

export const NO_SERVER_ERRORS: ServerErrors = { fields: {}, form: [] };

export function serverErrorsOf(form: { fields: Field[]; errors?: string[] } | null | undefined): ServerErrors {
  const result: ServerErrors = { fields: {}, form: [...(form?.errors ?? [])] };
  for (const field of form?.fields ?? []) {
    const key = fieldKey(field.name);
    if (field.errors?.length) result.fields[key] = [...field.errors];
    for (const item of field.item_errors ?? []) {
      if (item.errors.length) result.fields[`${key}.${item.index}.${fieldKey(item.name)}`] = [...item.errors];
    }
  }
  return result;
}

export function hasServerErrors(errors: ServerErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/** Without the messages of an edited path and of everything under it (a group's items shift when one is removed). */
export function clearServerPath(errors: ServerErrors, path: string): ServerErrors {
  const stale = Object.keys(errors.fields).filter((p) => p === path || p.startsWith(`${path}.`));
  if (stale.length === 0) return errors;
  const fields = { ...errors.fields };
  for (const p of stale) delete fields[p];
  return { ...errors, fields };
}
