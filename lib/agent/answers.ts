import type { Form } from "@/contract/form";

type Step = { id: string; title: string };
/** The definitions of a policy's forms (by form id), as the submit loop serves them; missing ones are absent. */
export type AnswerForms = Record<string, Form>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const looksLikeEmail = (v: unknown): v is string =>
  typeof v === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());

/**
 * The customer's email address from the answers: the first email field answered, by the forms' definitions;
 * without them, the first top-level answer whose name says email. Null when there is none.
 */
export function customerEmail(formData: Record<string, unknown>, sequence: Step[], forms: AnswerForms): string | null {
  const ids = [...sequence.map((s) => s.id), ...Object.keys(formData)];
  for (const id of ids) {
    const answers = formData[id];
    if (!isRecord(answers)) continue;
    const form = forms[id];
    const names = form
      ? form.fields.filter((f) => f.type === "email").map((f) => f.name)
      : Object.keys(answers).filter((name) => /(^|_)e-?mail(_address)?$/i.test(name));
    const found = names.map((name) => answers[name]).find(looksLikeEmail);
    if (found) return found.trim();
  }
  return null;
}
