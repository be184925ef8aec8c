import type { AnyField } from "./field-rule";
import { formatLongDate } from "./relative-date";

function title(field: AnyField): string {
  return (field.title ?? "").trim() || field.name;
}

/** A title that is a question ("Where are you going?") can't stand in a sentence as a noun. */
const isQuestion = (field: AnyField) => /[?]$/.test(title(field));

/** The title mid-sentence: "Date of birth" -> "date of birth"; "VAT number", "I agree" kept; a question quoted. */
function t(field: AnyField): string {
  const text = title(field);
  if (isQuestion(field)) return `the answer to “${text}”`;
  if (/^(I\b|[A-Z]{2})/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function T(field: AnyField): string {
  const text = title(field);
  if (isQuestion(field)) return `The answer to “${text}”`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A sentence ending in a quoted question ends there: `…going?”`, never `…going?”.` */
const tidy = (sentence: string) => sentence.replace(/([?!])”\.$/, "$1”");

type Messages<M> = { [K in keyof M]: M[K] };
function tidied<M extends Record<string, (...args: never[]) => string>>(m: M): Messages<M> {
  const out: Record<string, (...args: never[]) => string> = {};
  for (const [key, fn] of Object.entries(m)) out[key] = (...args) => tidy(fn(...args));
  return out as Messages<M>;
}

function plural(n: number | string, one: string, many: string): string {
  return `${n} ${Number(n) === 1 ? one : many}`;
}

export const messages = tidied({
  enter: (f: AnyField) => `Enter ${t(f)}.`,
  choose: (f: AnyField) => `Choose ${t(f)}.`,
  tick: (f: AnyField) => `Tick "${title(f)}" to continue.`,
  upload: (f: AnyField) => `Upload ${t(f)}.`,
  addItem: (f: AnyField) => `Add at least one item to ${t(f)}.`,

  notText: (f: AnyField) => `${T(f)} must be text.`,
  minLength: (f: AnyField, n: number) => `${T(f)} must be at least ${plural(n, "character", "characters")}.`,
  maxLength: (f: AnyField, n: number) => `${T(f)} must be at most ${plural(n, "character", "characters")}.`,
  pattern: (f: AnyField) => `Enter ${t(f)} in the correct format.`,
  email: (f: AnyField) => `${T(f)} must be an email address, e.g. name@example.com.`,
  phone: (f: AnyField) => `${T(f)} must be in international format, e.g. +447700900123.`,

  wholeNumber: (f: AnyField) => `${T(f)} must be a whole number.`,
  decimal: (f: AnyField) => `${T(f)} must be a number, e.g. 1200.50.`,
  decimalPlaces: (f: AnyField, n: number) =>
    n === 0
      ? `${T(f)} must be a whole number.`
      : `${T(f)} can have at most ${plural(n, "decimal place", "decimal places")}.`,
  min: (f: AnyField, min: string) => `${T(f)} must be at least ${min}.`,
  max: (f: AnyField, max: string) => `${T(f)} must be at most ${max}.`,

  realDate: (f: AnyField) => `${T(f)} must be a real date, e.g. 2026-11-23.`,
  minDate: (f: AnyField, iso: string) => `${T(f)} must be on or after ${formatLongDate(iso)}.`,
  maxDate: (f: AnyField, iso: string) => `${T(f)} must be on or before ${formatLongDate(iso)}.`,

  choice: (f: AnyField) => `Choose one of the options for ${t(f)}.`,
  choices: (f: AnyField) => `Choose only from the options for ${t(f)}.`,
  distinct: (f: AnyField) => `Choose each option for ${t(f)} only once.`,
  minChoices: (f: AnyField, n: number) => `Choose at least ${plural(n, "option", "options")} for ${t(f)}.`,
  maxChoices: (f: AnyField, n: number) => `Choose at most ${plural(n, "option", "options")} for ${t(f)}.`,

  checkbox: (f: AnyField) => `${T(f)} must be ticked or not ticked (true or false).`,

  files: (f: AnyField) => `${T(f)} must be a list of uploaded files.`,
  minFiles: (f: AnyField, n: number) => `Upload at least ${plural(n, "file", "files")} for ${t(f)}.`,
  maxFiles: (f: AnyField, n: number) => `Upload at most ${plural(n, "file", "files")} for ${t(f)}.`,

  items: (f: AnyField) => `${T(f)} must be a list of items, each a set of answers.`,
  minItems: (f: AnyField, n: number) => `Add at least ${plural(n, "item", "items")} to ${t(f)}.`,
  maxItems: (f: AnyField, n: number) => `${T(f)} can have at most ${plural(n, "item", "items")}.`,

  /** The message for a required field left empty, worded for its type. */
  required: (f: AnyField): string => {
    if (f.type === "select" || f.type === "radio" || f.type === "multiselect") return messages.choose(f);
    if (f.type === "checkbox") return messages.tick(f);
    if (f.type === "async_file") return messages.upload(f);
    if (f.type === "group") return messages.addItem(f);
    return messages.enter(f);
  },

  unreadableAnswers: () => "The answers could not be read. Please try again.",
});
