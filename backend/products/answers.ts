import type { FieldRef, QuoteAnswers } from "./definition";

/** The answer at "<form_id>.<name>" (or a ref); undefined when that form has not been answered. */
export function answerAt(answers: QuoteAnswers, at: string | FieldRef): unknown {
  const [formId, name] = typeof at === "string" ? splitPath(at) : [at.form_id, at.name];
  const form = answers[formId];
  if (!form) return undefined;
  return form[name] ?? null;
}

export function isBlank(v: unknown): v is null | undefined | "" {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** A non-blank answer as a string, or null. */
export function stringAt(answers: QuoteAnswers, at: string | FieldRef): string | null {
  const v = answerAt(answers, at);
  return isBlank(v) || typeof v === "object" ? null : String(v);
}

function splitPath(path: string): [string, string] {
  const dot = path.indexOf(".");
  return [path.slice(0, dot), path.slice(dot + 1)];
}
