import { isIsoDate, resolveBound, spoken } from "./dates";
import type { Answers, FieldDef } from "./types";

/** Type and rule checks for one answer, in this vendor's own words. */

export type ItemError = { index: number; name: string; errors: string[] };
export type FieldVerdict = { errors: string[]; itemErrors: ItemError[] };
export type CheckContext = { fileKnown: (id: string, field: string) => boolean };

/** Types that carry no answer of the person's. */
export const PASSIVE = new Set(["content", "hidden"]);
const KNOWN = new Set([
  "text",
  "textarea",
  "email",
  "phone",
  "number",
  "decimal",
  "date",
  "select",
  "radio",
  "multiselect",
  "checkbox",
  "async_file",
  "group",
  "content",
  "hidden",
]);
export const isKnownType = (type: string) => KNOWN.has(type);

export function isEmpty(field: FieldDef, value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return field.type === "checkbox" && value === false;
}

/** Whether a field's show_if holds for the answers of its form (or of its group item). */
export function isShown(field: FieldDef, answers: Answers): boolean {
  const cond = field.show_if;
  if (!cond) return true;
  const actual = answers[cond.field];
  return "in" in cond ? cond.in.includes(actual as never) : actual === cond.equals;
}

const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v) : NaN);

function textErrors(field: FieldDef, value: unknown): string[] {
  if (typeof value !== "string") return ["Please type your answer as text."];
  const r = field.rules ?? {};
  if (typeof r.min_length === "number" && value.length < r.min_length)
    return [`Use at least ${r.min_length} characters.`];
  if (typeof r.max_length === "number" && value.length > r.max_length)
    return [`Use no more than ${r.max_length} characters.`];
  if (typeof r.pattern === "string" && !new RegExp(`^(?:${r.pattern})$`, "u").test(value)) {
    return ["That doesn't look right; check the characters you used."];
  }
  return [];
}

function countErrors(field: FieldDef, count: number, noun: string): string[] {
  const min = num(field.rules?.min);
  const max = num(field.rules?.max);
  if (Number.isFinite(min) && count < min) return [`Add at least ${min} ${noun}.`];
  if (Number.isFinite(max) && count > max) return [`Add no more than ${max} ${noun}.`];
  return [];
}

function rangeErrors(field: FieldDef, n: number): string[] {
  const min = num(field.rules?.min);
  const max = num(field.rules?.max);
  if (Number.isFinite(min) && n < min) return [`The smallest we accept is ${field.rules?.min}.`];
  if (Number.isFinite(max) && n > max) return [`The largest we accept is ${field.rules?.max}.`];
  return [];
}

function dateErrors(field: FieldDef, value: unknown): string[] {
  if (!isIsoDate(value)) return ["Give a real date as year-month-day."];
  const min = resolveBound(field.rules?.min_date);
  const max = resolveBound(field.rules?.max_date);
  if (min && value < min) return [`The date can't be before ${spoken(min)}.`];
  if (max && value > max) return [`The date can't be after ${spoken(max)}.`];
  return [];
}

function choiceErrors(field: FieldDef, value: unknown): string[] {
  const allowed = (field.choices ?? []).map((c) => c.value);
  if (field.type === "multiselect") {
    if (!Array.isArray(value) || value.some((v) => !allowed.includes(v))) return ["Pick from the options listed."];
    return countErrors(field, value.length, "options");
  }
  return typeof value === "string" && allowed.includes(value) ? [] : ["Pick one of the options listed."];
}

function fileErrors(field: FieldDef, value: unknown, ctx: CheckContext): string[] {
  const refs = Array.isArray(value) ? value : null;
  const valid = refs?.every((r) => typeof r?.id === "string" && typeof r?.name === "string");
  if (!refs || !valid) return ["Attach the files again; we couldn't read the list."];
  if (refs.some((r) => !ctx.fileKnown(r.id, field.name)))
    return ["One of these files never reached us; please add it again."];
  return countErrors(field, refs.length, "files");
}

function groupVerdict(field: FieldDef, value: unknown, ctx: CheckContext): FieldVerdict {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "object" || item === null || Array.isArray(item))) {
    return { errors: ["We couldn't read these entries; please fill them in again."], itemErrors: [] };
  }
  const itemErrors: ItemError[] = [];
  value.forEach((item: Answers, index) => {
    for (const sub of field.fields ?? []) {
      if (!isShown(sub, item)) continue;
      const { errors } = checkField(sub, item[sub.name], ctx);
      if (errors.length) itemErrors.push({ index, name: sub.name, errors });
    }
  });
  return { errors: countErrors(field, value.length, "entries"), itemErrors };
}

/** Required first, then the type's own checks; unknown types are only checked for presence. */
export function checkField(field: FieldDef, value: unknown, ctx: CheckContext): FieldVerdict {
  const none: FieldVerdict = { errors: [], itemErrors: [] };
  if (PASSIVE.has(field.type)) return none;
  if (isEmpty(field, value)) {
    if (!field.required) return none;
    const errors = [field.type === "checkbox" ? "Tick this box to go on." : "Please answer this question."];
    return { errors, itemErrors: [] };
  }
  const only = (errors: string[]): FieldVerdict => ({ errors, itemErrors: [] });
  switch (field.type) {
    case "text":
    case "textarea":
      return only(textErrors(field, value));
    case "email":
      return only(
        typeof value === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
          ? []
          : ["Give an email address like name@example.ie."],
      );
    case "phone":
      return only(
        typeof value === "string" && /^\+\d{8,15}$/.test(value)
          ? []
          : ["Give the number with its country code, like +353851234567."],
      );
    case "number":
      return only(
        typeof value === "number" && Number.isInteger(value) ? rangeErrors(field, value) : ["Give a whole number."],
      );
    case "decimal":
      return only(decimalErrors(field, value));
    case "date":
      return only(dateErrors(field, value));
    case "select":
    case "radio":
    case "multiselect":
      return only(choiceErrors(field, value));
    case "checkbox":
      return only(typeof value === "boolean" ? [] : ["Tick the box or leave it empty."]);
    case "async_file":
      return only(fileErrors(field, value, ctx));
    case "group":
      return groupVerdict(field, value, ctx);
    default:
      return none;
  }
}

function decimalErrors(field: FieldDef, value: unknown): string[] {
  if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value))
    return ["Give a number, using a point for decimals."];
  const places = field.rules?.decimal_places;
  if (typeof places === "number" && (value.split(".")[1]?.length ?? 0) > places) {
    return [`Use at most ${places} ${places === 1 ? "digit" : "digits"} after the point.`];
  }
  return rangeErrors(field, Number(value));
}
