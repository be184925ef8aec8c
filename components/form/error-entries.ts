import type { Field } from "@/contract/form";
import { fieldKey, toAnswers, type ClientErrors, type FormValues } from "@/lib/form-values";
import { controlId } from "./field-props";
import { messagesAt } from "./field-messages";
import { visibleFields } from "./visible-fields";
import { itemNoun } from "./group-items";
import type { ServerErrors } from "./server-errors";
import { withTitle } from "./summary-text";

export type SummaryEntry = { key: string; text: string; target?: string };

/** Every message to list in the summary, in the order of the form, each linked to its control. */
export function errorEntries(
  fields: Field[],
  values: FormValues,
  errors: ClientErrors,
  server: ServerErrors,
): SummaryEntry[] {
  const entries: SummaryEntry[] = server.form.map((text, i) => ({ key: `form-${i}`, text }));
  const answers = toAnswers(fields, values);
  const add = (path: string, title: string, texts: string[], prefix = "") => {
    for (const text of texts)
      entries.push({ key: `${path}:${text}`, text: prefix + withTitle(title, text), target: controlId(path) });
  };
  for (const field of visibleFields(fields, answers)) {
    const path = fieldKey(field.name);
    const isGroup = field.type === "group";
    add(path, field.title, messagesAt(errors, server.fields, path));
    if (!isGroup) continue;
    const subFields = field.fields ?? [];
    const items = Array.isArray(answers[field.name]) ? (answers[field.name] as unknown[]) : [];
    items.forEach((item, index) => {
      const itemAnswers = toAnswers(subFields, (item ?? {}) as FormValues);
      for (const sub of visibleFields(subFields, itemAnswers)) {
        const subPath = `${path}.${index}.${fieldKey(sub.name)}`;
        add(subPath, sub.title, messagesAt(errors, server.fields, subPath), `${itemNoun(field.title)} ${index + 1}: `);
      }
    });
  }
  return entries;
}
