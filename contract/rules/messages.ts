import english from "../../messages/rules/en.json" with { type: "json" };
import { formatMessage, type Params } from "../format/message";
import type { AnyField } from "./field-rule";
import { formatLongDate } from "./relative-date";

/** The rules engine's messages in one language: keyed templates (messages/rules/<locale>.json) and its Intl tag. */
export type RuleTemplates = typeof english;
export type RuleLanguage = { tag: string; templates: RuleTemplates };
export const ENGLISH_RULES: RuleLanguage = { tag: "en-GB", templates: english };

let active: RuleLanguage = ENGLISH_RULES;

/**
 * Runs a validation with its messages in another language. Validation is synchronous, so the language set here
 * can't leak into another request's: it is put back before anything else runs.
 */
export function withRuleLanguage<T>(language: RuleLanguage | null | undefined, run: () => T): T {
  if (!language || language === active) return run();
  const before = active;
  active = language;
  try {
    return run();
  } finally {
    active = before;
  }
}

function title(field: AnyField): string {
  return (field.title ?? "").trim() || field.name;
}

/** A title that is a question ("Where are you going?") can't stand in a sentence as a noun. */
const isQuestion = (field: AnyField) => /[?؟]$/.test(title(field));

/** English: the title mid-sentence ("Date of birth" -> "date of birth"; "VAT number" kept), a question quoted. */
function fieldParams(field: AnyField): Params {
  const text = title(field);
  if (!active.tag.startsWith("en")) {
    const quoted = formatMessage(active.templates.quoted, { title: text }, active.tag);
    return { title: text, field: quoted, Field: quoted };
  }
  if (isQuestion(field)) return { title: text, field: `the answer to “${text}”`, Field: `The answer to “${text}”` };
  const mid = /^(I\b|[A-Z]{2})/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
  return { title: text, field: mid, Field: text.charAt(0).toUpperCase() + text.slice(1) };
}

/** A sentence ending in a quoted question ends there: `…going?”`, never `…going?”.` */
const tidy = (sentence: string) => sentence.replace(/([?!])”\.$/, "$1”");

type Key = Exclude<keyof RuleTemplates, "quoted">;
function say(key: Key, field: AnyField | null, extra: Params = {}): string {
  const params = field ? { ...fieldParams(field), ...extra } : extra;
  return tidy(formatMessage(active.templates[key], params, active.tag));
}

function longDate(iso: string): string {
  if (active.tag.startsWith("en")) return formatLongDate(iso);
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(active.tag, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export const messages = {
  enter: (f: AnyField) => say("enter", f),
  choose: (f: AnyField) => say("choose", f),
  tick: (f: AnyField) => say("tick", f),
  upload: (f: AnyField) => say("upload", f),
  addItem: (f: AnyField) => say("addItem", f),

  notText: (f: AnyField) => say("notText", f),
  minLength: (f: AnyField, n: number) => say("minLength", f, { n }),
  maxLength: (f: AnyField, n: number) => say("maxLength", f, { n }),
  pattern: (f: AnyField) => say("pattern", f),
  email: (f: AnyField) => say("email", f),
  phone: (f: AnyField) => say("phone", f),

  wholeNumber: (f: AnyField) => say("wholeNumber", f),
  decimal: (f: AnyField) => say("decimal", f),
  decimalPlaces: (f: AnyField, n: number) => say("decimalPlaces", f, { n }),
  min: (f: AnyField, min: string) => say("min", f, { min }),
  max: (f: AnyField, max: string) => say("max", f, { max }),

  realDate: (f: AnyField) => say("realDate", f),
  minDate: (f: AnyField, iso: string) => say("minDate", f, { date: longDate(iso) }),
  maxDate: (f: AnyField, iso: string) => say("maxDate", f, { date: longDate(iso) }),

  choice: (f: AnyField) => say("choice", f),
  choices: (f: AnyField) => say("choices", f),
  distinct: (f: AnyField) => say("distinct", f),
  minChoices: (f: AnyField, n: number) => say("minChoices", f, { n }),
  maxChoices: (f: AnyField, n: number) => say("maxChoices", f, { n }),

  checkbox: (f: AnyField) => say("checkbox", f),

  files: (f: AnyField) => say("files", f),
  minFiles: (f: AnyField, n: number) => say("minFiles", f, { n }),
  maxFiles: (f: AnyField, n: number) => say("maxFiles", f, { n }),

  items: (f: AnyField) => say("items", f),
  minItems: (f: AnyField, n: number) => say("minItems", f, { n }),
  maxItems: (f: AnyField, n: number) => say("maxItems", f, { n }),

  /** The message for a required field left empty, worded for its type. */
  required: (f: AnyField): string => {
    if (f.type === "select" || f.type === "radio" || f.type === "multiselect") return messages.choose(f);
    if (f.type === "checkbox") return messages.tick(f);
    if (f.type === "async_file") return messages.upload(f);
    if (f.type === "group") return messages.addItem(f);
    return messages.enter(f);
  },

  unreadableAnswers: () => say("unreadableAnswers", null),
};
