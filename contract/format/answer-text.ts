import type { Choice } from "../form";
import { formatLongDate, isISODate } from "../rules/relative-date";

/** The parts of a field definition that decide how its answer is written. */
export type AnswerField = { type: string; choices?: Choice[] | null };
export type AnswerTextOptions = { money?: (amount: string) => string };

const label = (f: AnswerField, v: unknown) => f.choices?.find((c) => c.value === v)?.label ?? String(v);

/**
 * One answer as a person reads it: choices by their label, dates in words, money with its currency (when the
 * caller says the field holds money), ticks as Yes/No, files by name. Blank answers and groups give "".
 */
export function answerText(field: AnswerField, value: unknown, opts: AnswerTextOptions = {}): string {
  if (value === null || value === undefined) return "";
  switch (field.type) {
    case "select":
    case "radio":
      return value === "" ? "" : label(field, value);
    case "multiselect":
      return Array.isArray(value) ? value.map((v) => label(field, v)).join(", ") : "";
    case "checkbox":
      return value === true ? "Yes" : "No";
    case "async_file":
      return Array.isArray(value)
        ? value
            .map((r) => (r && typeof r === "object" ? String((r as { name?: unknown }).name ?? "") : ""))
            .filter(Boolean)
            .join(", ")
        : "";
    case "date":
      return typeof value === "string" && isISODate(value) ? formatLongDate(value) : String(value);
    case "decimal":
      return opts.money && typeof value === "string" && value.trim() ? opts.money(value.trim()) : String(value).trim();
    case "group":
    case "content":
    case "hidden":
      return "";
    default:
      return typeof value === "object" ? "" : String(value).trim();
  }
}
