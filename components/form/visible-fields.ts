import type { Answers } from "@/contract/form";
import { isShown } from "@/contract/rules";
import type { AnyField } from "./field-props";

/**
 * Fields whose show_if holds; repeated so a field that depends on a hidden field is hidden too
 * (as the engine does).
 */
export function visibleFields(fields: AnyField[], answers: Answers): AnyField[] {
  let shown = fields;
  for (let round = 0; round <= fields.length; round++) {
    const names = new Set(shown.map((f) => f.name));
    const scope = Object.fromEntries(Object.entries(answers).filter(([name]) => names.has(name)));
    const next = fields.filter((f) => isShown(f, scope));
    if (next.length === shown.length && next.every((f) => names.has(f.name))) return next;
    shown = next;
  }
  return shown;
}
