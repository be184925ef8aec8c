import type { Answers, Field } from "@/contract/form";
import {
  validateForm,
  withRuleLanguage,
  type RuleContext,
  type RuleLanguage,
  type ValidationResult,
} from "@/contract/rules";
import { fieldKey, fieldName } from "./field-key";

export { fieldKey, fieldName };

/** The form's state: answers keyed by field key (a group's items too), so a path of keys names any answer. */
export type FormValues = Record<string, unknown>;

/** The client's own messages by form-state path (`email`, `people.0.first_name`); a group's own under its path. */
export type ClientErrors = Record<string, string[]>;

type Named = { name: string; type: string };

function rename(record: unknown, by: (k: string) => string): unknown {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [by(k), v]));
}

function convert(fields: Named[], values: Record<string, unknown>, by: (k: string) => string): Record<string, unknown> {
  const groups = new Set(fields.filter((f) => f.type === "group").map((f) => f.name));
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => {
      const isGroup = groups.has(by === fieldKey ? k : fieldName(k));
      return [by(k), isGroup && Array.isArray(v) ? v.map((item) => rename(item, by)) : v];
    }),
  );
}

/** Contract answers -> form values (group items' keys escaped too). */
export function toFormValues(fields: Named[], answers: Answers): FormValues {
  return convert(fields, answers, fieldKey);
}

/** Form values -> contract answers. */
export function toAnswers(fields: Named[], values: FormValues): Answers {
  return convert(fields, values, fieldName);
}

/** The engine's messages by form-state path: a field's or a group's own at its key, an item's at `<g>.<i>.<sub>`. */
export function toClientErrors(fields: Named[], result: ValidationResult): ClientErrors {
  const errors: ClientErrors = {};
  for (const [name, messages] of Object.entries(result.fieldErrors)) {
    if (messages.length > 0) errors[fieldKey(name)] = messages;
  }
  for (const { group, index, name, errors: messages } of result.itemErrors) {
    if (messages.length > 0) errors[`${fieldKey(group)}.${index}.${fieldKey(name)}`] = messages;
  }
  return errors;
}

export type FormCheck = { ok: true; answers: Answers } | { ok: false; errors: ClientErrors };

/**
 * Checks the form's values with the shared engine; valid, it hands on the engine's pruned answers (fields hidden by
 * show_if and content left out).
 */
export function checkForm(
  fields: Field[],
  values: FormValues,
  ctx: RuleContext,
  language?: RuleLanguage | null,
): FormCheck {
  const result = withRuleLanguage(language, () => validateForm({ fields }, toAnswers(fields, values), ctx));
  return result.ok ? { ok: true, answers: result.values } : { ok: false, errors: toClientErrors(fields, result) };
}
