import { answerText } from "@/contract/format/answer-text";
import { formatMoney } from "@/contract/format/money";
import type { Choice } from "@/contract/form";
import { isISODate } from "@/contract/rules";
import { formatLongDate } from "./date";
import { keyLabel } from "@/lib/key-label";

/** What the web app knows of a field from a form it was sent (any of it may be missing). */
export type FieldInfo = {
  type: string;
  name?: string;
  title?: string;
  choices?: Choice[] | null;
  rules?: Record<string, unknown> | null;
  fields?: FieldInfo[] | null;
};
export type AnswerOptions = {
  /** The quote's currency: a two-place decimal field is an amount of money in it. */
  currency?: string | null;
  /** No form describes this answer: write a machine-looking value ("theft-abroad") as words. */
  humanise?: boolean;
  /** The page's language: its Intl tag and its words for yes, no and nothing; English without it. */
  language?: { tag: string; words: AnswerWords };
};
export type AnswerWords = { yes: string; no: string; notGiven: string; none: string };
const ENGLISH: AnswerWords = { yes: "Yes", no: "No", notGiven: "Not given", none: "None" };

const CODE = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const AMOUNT = /^-?\d+(\.\d+)?$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The field of a form (or group) an answer belongs to, by its name or its title. */
export function fieldFor(fields: readonly FieldInfo[] | null | undefined, key: string): FieldInfo | undefined {
  const wanted = key.trim().toLowerCase();
  return fields?.find((f) => f.name === key) ?? fields?.find((f) => (f.title ?? "").trim().toLowerCase() === wanted);
}

/** Whether a two-place decimal field holds money (the contract has no money type; prices are two-place decimals). */
const isMoney = (field: FieldInfo, currency?: string | null) =>
  field.type === "decimal" && !!currency && Number(field.rules?.decimal_places) === 2;

/**
 * One answer as a person reads it, whatever the backend sent: raw values (codes, ISO dates, plain decimals)
 * through the contract's one formatter when the field is known, text it already wrote left as it is.
 */
export function readableAnswer(value: unknown, field?: FieldInfo, opts: AnswerOptions = {}): string {
  const { tag, words } = opts.language ?? { tag: "en-GB", words: ENGLISH };
  if (value === null || value === undefined || value === "") return words.notGiven;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "string" && isISODate(value)) return formatLongDate(value, tag);
  if (field) {
    const many = field.type === "multiselect";
    const choice = field.choices?.length && (many ? Array.isArray(value) : typeof value === "string");
    if (choice) return answerText(field, value) || words.notGiven;
    if (field.type === "decimal" && typeof value === "string" && AMOUNT.test(value.trim())) {
      return isMoney(field, opts.currency) ? formatMoney(value.trim(), opts.currency!, tag) : value.trim();
    }
    if (field.type === "async_file" && Array.isArray(value)) return answerText(field, value) || words.none;
  }
  if (Array.isArray(value))
    return value.length === 0 ? words.none : value.map((v) => readableAnswer(v, undefined, opts)).join(", ");
  if (isRecord(value)) {
    if (typeof value.name === "string") return value.name;
    return Object.entries(value)
      .map(([k, v]) => `${keyLabel(k)}: ${readableAnswer(v, undefined, opts)}`)
      .join("; ");
  }
  const text = String(value).trim();
  return opts.humanise && CODE.test(text) ? keyLabel(text) : text;
}
