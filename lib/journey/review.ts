import { stepIdForTitle, type SequenceStep } from "./steps";

export type ReviewRow = { label: string; value: string | null; items?: ReviewRow[][] };
export type ReviewSection = { title: string; stepId: string | null; rows: ReviewRow[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** One answer as text; a repeating group's items become nested rows. */
export function reviewRow(label: string, value: unknown): ReviewRow {
  if (Array.isArray(value) && value.some(isRecord)) {
    const files = value.every((v) => isRecord(v) && typeof v.name === "string" && "id" in v);
    if (files) return { label, value: value.map((v) => String((v as { name: string }).name)).join(", ") };
    return {
      label,
      value: null,
      items: value.filter(isRecord).map((item) => Object.entries(item).map(([k, v]) => reviewRow(k, v))),
    };
  }
  return { label, value: answerText(value) };
}

export function answerText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "Not given";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length === 0 ? "None" : value.map(answerText).join(", ");
  if (isRecord(value))
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${answerText(v)}`)
      .join("; ");
  return String(value);
}

/** submitted_data (keyed by form title) as sections in the product's step order, each tied to its step. */
export function reviewSections(
  submitted: Record<string, Record<string, unknown>>,
  sequence: SequenceStep[],
): ReviewSection[] {
  const sections = Object.entries(submitted).map(([title, answers]) => ({
    title,
    stepId: stepIdForTitle(sequence, title),
    rows: Object.entries(answers ?? {}).map(([label, value]) => reviewRow(label, value)),
  }));
  const order = (s: ReviewSection) => (s.stepId ? sequence.findIndex((step) => step.id === s.stepId) : sequence.length);
  return sections
    .map((s, i) => ({ s, i }))
    .sort((a, b) => order(a.s) - order(b.s) || a.i - b.i)
    .map(({ s }) => s);
}
