import type { Answers } from "@/contract/form";
import { emptyValue } from "@/contract/rules";
import { toFormValues } from "@/lib/form-values";
import type { AnyField } from "./field-props";

/** One empty item of a repeating group, keyed by sub-field names. */
export function emptyItemAnswers(field: AnyField): Answers {
  const item: Answers = {};
  for (const sub of field.fields ?? []) if (sub.type !== "content") item[sub.name] = emptyValue(sub);
  return item;
}

/** The same in form-state keys. */
export function emptyItem(field: AnyField): Answers {
  return toFormValues(field.fields ?? [], emptyItemAnswers(field));
}

/** "Riders" -> "Rider", "Parties" -> "Party"; a title that is no plural noun ("Everyone travelling") -> "Item". */
export function itemNoun(title: string, item = "Item"): string {
  const text = title.trim();
  if (!text || /[?:.!]$/.test(text) || text.split(/\s+/).length > 3) return item;
  if (/ies$/i.test(text)) return `${text.slice(0, -3)}y`;
  if (/(ss|us|is)$/i.test(text)) return text;
  if (!/s$/i.test(text)) return item;
  return text.replace(/s$/i, "");
}

/** The noun mid-sentence: "Rider" -> "rider"; acronyms kept. */
export function midSentence(noun: string): string {
  return /^[A-Z]{2}/.test(noun) ? noun : noun.charAt(0).toLowerCase() + noun.slice(1);
}
