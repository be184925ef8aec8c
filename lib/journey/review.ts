import { fieldFor, readableAnswer, type AnswerOptions, type FieldInfo } from "@/lib/format/answer";
import { stepIdForTitle, type SequenceStep } from "./steps";

export type ReviewRow = { label: string; value: string | null; items?: ReviewRow[][] };
export type ReviewSection = { title: string; stepId: string | null; rows: ReviewRow[] };
/** A form the web app was sent: its fields say how each answer is written. */
export type FormInfo = { form_id: string; form_name: string; fields: FieldInfo[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** One answer as text; a repeating group's items become nested rows (their fields from the group's sub-fields). */
export function reviewRow(label: string, value: unknown, field?: FieldInfo, opts: AnswerOptions = {}): ReviewRow {
  if (Array.isArray(value) && value.some(isRecord)) {
    const files = value.every((v) => isRecord(v) && typeof v.name === "string" && "id" in v);
    if (files) return { label, value: value.map((v) => String((v as { name: string }).name)).join(", ") };
    const sub = (key: string) => fieldFor(field?.fields, key);
    return {
      label,
      value: null,
      items: value
        .filter(isRecord)
        .map((item) => Object.entries(item).map(([k, v]) => reviewRow(sub(k)?.title || k, v, sub(k), opts))),
    };
  }
  return { label, value: readableAnswer(value, field, opts) };
}

/** Any answer as text, with no form to go by. */
export function answerText(value: unknown): string {
  return readableAnswer(value);
}

/** The form a review section (keyed by form title) came from. */
export function formFor(forms: readonly FormInfo[], title: string, stepId: string | null): FormInfo | undefined {
  const wanted = title.trim().toLowerCase();
  return forms.find((f) => f.form_id === stepId) ?? forms.find((f) => f.form_name.trim().toLowerCase() === wanted);
}

/**
 * submitted_data (keyed by form title) as sections in the product's step order, each tied to its step; each
 * answer written by its field in `forms` (the steps the web app was sent), so raw values read as words too.
 */
export function reviewSections(
  submitted: Record<string, Record<string, unknown>>,
  sequence: SequenceStep[],
  forms: readonly FormInfo[] = [],
  opts: AnswerOptions = {},
): ReviewSection[] {
  const sections = Object.entries(submitted).map(([title, answers]) => {
    const stepId = stepIdForTitle(sequence, title);
    const form = formFor(forms, title, stepId);
    return {
      title,
      stepId,
      rows: Object.entries(answers ?? {}).map(([label, value]) =>
        reviewRow(label, value, fieldFor(form?.fields, label), opts),
      ),
    };
  });
  const order = (s: ReviewSection) => (s.stepId ? sequence.findIndex((step) => step.id === s.stepId) : sequence.length);
  return sections
    .map((s, i) => ({ s, i }))
    .sort((a, b) => order(a.s) - order(b.s) || a.i - b.i)
    .map(({ s }) => s);
}
