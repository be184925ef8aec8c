import { formatLongDate, isISODate } from "@/contract/rules";
import { reviewRow, type ReviewRow } from "@/lib/journey/review";
import { keyLabel } from "@/lib/key-label";

export type AnswerSection = { id: string; title: string; rows: ReviewRow[] };
type Step = { id: string; title: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Dates in words, everywhere in an answer (group items included). */
function readable(value: unknown): unknown {
  if (typeof value === "string" && isISODate(value)) return formatLongDate(value);
  if (Array.isArray(value)) return value.map(readable);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  return value;
}

function rowsOf(answers: Record<string, unknown>, titles: Record<string, string>): ReviewRow[] {
  const label = (name: string) => titles[name] ?? keyLabel(name);
  const relabel = (row: ReviewRow): ReviewRow => ({
    ...row,
    items: row.items?.map((item) => item.map((sub) => relabel({ ...sub, label: label(sub.label) }))),
  });
  return Object.entries(answers).map(([name, value]) => relabel(reviewRow(label(name), readable(value))));
}

/**
 * `form_data` as sections: answers kept by step id get that step's title (from the product's
 * form_sequence), in the product's order; loose answers are gathered at the end.
 */
export function answerSections(
  formData: Record<string, unknown>,
  sequence: Step[],
  titles: Record<string, string> = {},
): AnswerSection[] {
  const order = (id: string) => {
    const i = sequence.findIndex((step) => step.id === id);
    return i < 0 ? sequence.length : i;
  };
  const steps = Object.entries(formData)
    .filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]))
    .sort(([a], [b]) => order(a) - order(b))
    .map(([id, answers]) => ({
      id,
      title: sequence.find((step) => step.id === id)?.title ?? keyLabel(id),
      rows: rowsOf(answers, titles),
    }));
  const loose = Object.fromEntries(Object.entries(formData).filter(([, v]) => !isRecord(v)));
  const rest =
    Object.keys(loose).length > 0 ? [{ id: "other", title: "Other answers", rows: rowsOf(loose, titles) }] : [];
  return [...steps, ...rest].filter((section) => section.rows.length > 0);
}
