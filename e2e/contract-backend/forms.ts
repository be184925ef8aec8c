import { checkField, isShown, PASSIVE, type CheckContext, type FieldVerdict } from "./checks";
import { Refusal } from "./http";
import type { Answers, FieldOut, FormDef, FormOut } from "./types";

/** A form as sent: each field with its value (saved, or what was posted) and any messages. */
export function renderForm(
  def: FormDef,
  values: Answers = {},
  verdicts: Record<string, FieldVerdict> = {},
  errors: string[] = [],
): FormOut {
  const fields = def.fields.map((field): FieldOut => {
    const out: FieldOut = {
      ...field,
      value: field.type === "hidden" ? field.value : (values[field.name] ?? field.value ?? null),
    };
    if (field.type === "content") out.value = null;
    const verdict = verdicts[field.name];
    if (verdict?.errors.length) out.errors = verdict.errors;
    if (field.type === "group" && verdict?.itemErrors.length) out.item_errors = verdict.itemErrors;
    return out;
  });
  const form: FormOut = { form_id: def.form_id, form_name: def.form_name, form_type: def.form_type, fields };
  if (errors.length) form.errors = errors;
  return form;
}

/** `{form: {form_id, fields: [{name, value}]}}` from a body; only `name` and `value` are read. */
export function readPostedForm(body: Record<string, unknown>): { formId: string; answers: Answers } {
  const form = body.form as { form_id?: unknown; fields?: unknown } | undefined;
  if (typeof form !== "object" || form === null || typeof form.form_id !== "string" || !form.form_id) {
    throw new Refusal(422, "malformed_body", "Send the answered form as form, with its form_id.");
  }
  if (!Array.isArray(form.fields)) throw new Refusal(422, "malformed_body", "The form's fields must be a list.");
  const answers: Answers = {};
  for (const field of form.fields) {
    if (typeof field !== "object" || field === null || typeof field.name !== "string") {
      throw new Refusal(422, "malformed_body", "Each field needs a name.");
    }
    answers[field.name] = field.value ?? null;
  }
  return { formId: form.form_id, answers };
}

export type FormVerdict = { ok: boolean; kept: Answers; echo: Answers; verdicts: Record<string, FieldVerdict> };

/** Checks every shown field; `kept` holds what would be saved (shown, known fields; hidden ones as we sent them). */
export function checkForm(def: FormDef, posted: Answers, ctx: CheckContext): FormVerdict {
  const kept: Answers = {};
  const echo: Answers = { ...posted };
  const verdicts: Record<string, FieldVerdict> = {};
  let ok = true;
  for (const field of def.fields) {
    if (field.type === "content") continue;
    if (field.type === "hidden") {
      kept[field.name] = field.value ?? null;
      continue;
    }
    if (!isShown(field, posted)) continue;
    const value = posted[field.name] ?? null;
    kept[field.name] = value;
    const verdict = checkField(field, value, ctx);
    if (verdict.errors.length || verdict.itemErrors.length) {
      verdicts[field.name] = verdict;
      ok = false;
    }
  }
  for (const name of Object.keys(echo))
    if (!def.fields.some((f) => f.name === name && !PASSIVE.has(f.type))) delete echo[name];
  return { ok, kept, echo, verdicts };
}
