import type { Answers, Field, ItemError } from "../form";
import type { AnyField, RuleContext } from "./field-rule";
import { emptyValue } from "./empty";
import { messages } from "./messages";
import { isShown } from "./show-if";
import { isPlainObject } from "./types/shared";
import { checkField, type FieldCheck } from "./validate-field";

/** An item error with the name of the group it belongs to (a form may hold several groups). */
export type GroupItemError = ItemError & { group: string };

export type ValidationResult = {
  ok: boolean;
  values: Answers;
  fieldErrors: Record<string, string[]>;
  itemErrors: GroupItemError[];
  formErrors: string[];
};

type Checked = Omit<ValidationResult, "ok" | "formErrors">;

export function isFixed(field: AnyField): boolean {
  return field.type === "hidden" || field.read_only === true;
}

function posted(answers: Answers, name: string): unknown {
  return Object.hasOwn(answers, name) ? answers[name] : undefined;
}

/** Shown fields, evaluated on normalised values; repeated so a field hidden by a hidden field is hidden too. */
function shownNames(fields: AnyField[], checks: Map<string, FieldCheck>): Set<string> {
  let shown = new Set(fields.map((f) => f.name));
  for (let round = 0; round <= fields.length; round++) {
    const answers: Answers = {};
    for (const name of shown) if (checks.has(name)) answers[name] = checks.get(name)!.value;
    const next = new Set(fields.filter((f) => isShown(f, answers)).map((f) => f.name));
    if (next.size === shown.size && [...next].every((n) => shown.has(n))) return next;
    shown = next;
  }
  return shown;
}

function checkAnswers(fields: AnyField[], answers: Answers, ctx: RuleContext, nested: boolean): Checked {
  const withValues = fields.filter((f) => f.type !== "content");
  const checks = new Map<string, FieldCheck>();
  for (const f of withValues) {
    const fixed = isFixed(f) ? { value: f.value === undefined ? emptyValue(f) : f.value, errors: [] } : null;
    checks.set(f.name, fixed ?? checkField(f, posted(answers, f.name), ctx));
  }
  const shown = shownNames(withValues, checks);
  const result: Checked = { values: {}, fieldErrors: {}, itemErrors: [] };
  for (const f of withValues) {
    if (!shown.has(f.name)) continue;
    const { value, errors } = checks.get(f.name)!;
    result.values[f.name] = value;
    if (errors.length > 0) result.fieldErrors[f.name] = errors;
    if (f.type === "group" && !nested && !isFixed(f) && Array.isArray(value)) {
      result.values[f.name] = value.map((item, index) => {
        if (!isPlainObject(item)) return item;
        const sub = checkAnswers(f.fields ?? [], item, ctx, true);
        for (const [name, list] of Object.entries(sub.fieldErrors)) {
          result.itemErrors.push({ group: f.name, index, name, errors: list });
        }
        return sub.values;
      });
    }
  }
  return result;
}

export function validateForm(definition: { fields: Field[] }, answers: Answers, ctx: RuleContext): ValidationResult {
  const readable = isPlainObject(answers);
  const checked = checkAnswers(definition.fields, readable ? answers : {}, ctx, false);
  const formErrors = readable ? [] : [messages.unreadableAnswers()];
  const ok =
    formErrors.length === 0 && Object.keys(checked.fieldErrors).length === 0 && checked.itemErrors.length === 0;
  return { ok, ...checked, formErrors };
}
