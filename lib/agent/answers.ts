import type { AnyField, Form } from "@/contract/form";
import { answerText } from "@/contract/format/answer-text";
import { answerSections, type AnswerSection } from "@/lib/account/answers";
import { reviewRow, type ReviewRow } from "@/lib/journey/review";
import { keyLabel } from "@/lib/key-label";

export type { AnswerSection };

type Step = { id: string; title: string };
/** The definitions of a policy's forms (by form id), as the submit loop serves them; missing ones are absent. */
export type AnswerForms = Record<string, Form>;

const NOT_GIVEN = "Not given";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const SHOWS_NOTHING = new Set(["content", "hidden"]);

/** One answer by its field: the title as the label, the value as the one formatter writes it (choices by label). */
function rowOf(field: AnyField, value: unknown): ReviewRow {
  const label = field.title || field.name;
  const subFields = "fields" in field && Array.isArray(field.fields) ? field.fields : null;
  if (field.type === "group" && subFields) {
    const items = Array.isArray(value) ? value.filter(isRecord) : [];
    return { label, value: null, items: items.map((item) => rowsOf(subFields, item)) };
  }
  return { label, value: answerText(field, value) || NOT_GIVEN };
}

/** The saved answers in the form's own order, then any answer it has no field for, by its key. */
function rowsOf(fields: AnyField[], answers: Record<string, unknown>): ReviewRow[] {
  const known = fields.filter((f) => !SHOWS_NOTHING.has(f.type) && Object.hasOwn(answers, f.name));
  const names = new Set(fields.map((f) => f.name));
  const extra = Object.keys(answers).filter((name) => !names.has(name));
  return [
    ...known.map((f) => rowOf(f, answers[f.name])),
    ...extra.map((name) => reviewRow(keyLabel(name), answers[name])),
  ];
}

/**
 * `form_data` as sections in the product's step order. Where the form's definition is known, each answer
 * is labelled by its field's title and written by `answerText` (a choice by its label: "Road bike", not
 * "road"); otherwise (a backend that won't serve the form again) the keys and values read as words.
 */
export function agentAnswerSections(
  formData: Record<string, unknown>,
  sequence: Step[],
  forms: AnswerForms,
): AnswerSection[] {
  return answerSections(formData, sequence).map((section) => {
    const form = forms[section.id];
    const answers = formData[section.id];
    return form && isRecord(answers) ? { ...section, rows: rowsOf(form.fields, answers) } : section;
  });
}

const looksLikeEmail = (v: unknown): v is string =>
  typeof v === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());

/**
 * The customer's email address from the answers: the first email field answered, by the forms' definitions;
 * without them, the first top-level answer whose name says email. Null when there is none.
 */
export function customerEmail(formData: Record<string, unknown>, sequence: Step[], forms: AnswerForms): string | null {
  const ids = [...sequence.map((s) => s.id), ...Object.keys(formData)];
  for (const id of ids) {
    const answers = formData[id];
    if (!isRecord(answers)) continue;
    const form = forms[id];
    const names = form
      ? form.fields.filter((f) => f.type === "email").map((f) => f.name)
      : Object.keys(answers).filter((name) => /(^|_)e-?mail(_address)?$/i.test(name));
    const found = names.map((name) => answers[name]).find(looksLikeEmail);
    if (found) return found.trim();
  }
  return null;
}
