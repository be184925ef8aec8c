import type { AnswerOptions } from "@/lib/format/answer";
import { fieldFor } from "@/lib/format/answer";
import { reviewRow, reviewSections, type FormInfo, type ReviewRow } from "@/lib/journey/review";
import { keyLabel } from "@/lib/key-label";

export type AnswerSection = { id: string; title: string; rows: ReviewRow[] };
type Step = { id: string; title: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** Field types that hold no answer a person gave. */
const SHOWS_NOTHING = new Set(["content", "hidden"]);

/** The answers in the form's own order (fields that show nothing left out), then any it has no field for. */
function inFormOrder(answers: Record<string, unknown>, form: FormInfo | undefined): [string, unknown][] {
  if (!form) return Object.entries(answers);
  const names = new Set(form.fields.map((f) => f.name));
  const known = form.fields.flatMap((f): [string, unknown][] =>
    f.name && !SHOWS_NOTHING.has(f.type) && Object.hasOwn(answers, f.name) ? [[f.name, answers[f.name]]] : [],
  );
  return [...known, ...Object.entries(answers).filter(([name]) => !names.has(name))];
}

function rowsOf(
  answers: Record<string, unknown>,
  titles: Record<string, string>,
  form: FormInfo | undefined,
  opts: AnswerOptions,
): ReviewRow[] {
  return inFormOrder(answers, form).map(([name, value]) => {
    const field = fieldFor(form?.fields, name);
    const label = field?.title || titles[name] || keyLabel(name);
    const row = reviewRow(label, value, field, { ...opts, humanise: !field });
    // Group items keyed by sub-field names: their labels as words when no form names them.
    const relabel = (r: ReviewRow): ReviewRow => ({
      ...r,
      label: titles[r.label] ?? (/^[_a-z]/.test(r.label) ? keyLabel(r.label) : r.label),
      items: r.items?.map((item) => item.map(relabel)),
    });
    return { ...row, items: row.items?.map((item) => item.map(relabel)) };
  });
}

/**
 * The answers given when buying, step by step, written as a person reads them: the backend's own wording
 * (`submitted_data`, an extension) when it sends it; else `form_data` written by the steps' forms when the
 * backend serves them; else by a humanised fallback (names and codes as words, dates in words).
 */
export function answerSections(
  formData: Record<string, unknown>,
  sequence: Step[],
  titles: Record<string, string> = {},
  written: {
    submitted?: Record<string, Record<string, unknown>> | null;
    forms?: FormInfo[];
    currency?: string;
    /** The heading of answers given outside any step, in the page's language. */
    otherTitle?: string;
    /** The page's language (lib/i18n/answer-words): yes, no, dates and money written in it. */
    language?: AnswerOptions["language"];
  } = {},
): AnswerSection[] {
  const opts = { currency: written.currency, language: written.language };
  if (written.submitted && Object.keys(written.submitted).length > 0) {
    return reviewSections(written.submitted, sequence, written.forms ?? [], opts)
      .map((s) => ({ id: s.stepId ?? s.title, title: s.title, rows: s.rows }))
      .filter((s) => s.rows.length > 0);
  }
  const order = (id: string) => {
    const i = sequence.findIndex((step) => step.id === id);
    return i < 0 ? sequence.length : i;
  };
  const formOf = (id: string) => written.forms?.find((f) => f.form_id === id);
  const steps = Object.entries(formData)
    .filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]))
    .sort(([a], [b]) => order(a) - order(b))
    .map(([id, answers]) => ({
      id,
      title: sequence.find((step) => step.id === id)?.title ?? keyLabel(id),
      rows: rowsOf(answers, titles, formOf(id), opts),
    }));
  const loose = Object.fromEntries(Object.entries(formData).filter(([, v]) => !isRecord(v)));
  const rest =
    Object.keys(loose).length > 0
      ? [{ id: "other", title: written.otherTitle ?? "Other answers", rows: rowsOf(loose, titles, undefined, opts) }]
      : [];
  return [...steps, ...rest].filter((section) => section.rows.length > 0);
}
