import type { AnyField, FieldRule } from "../field-rule";
import { messages } from "../messages";
import { lengthErrors, ruleValue, trimmed } from "./shared";

/** A definition's bad regex must not break validation: it is treated as no pattern. */
function wholeValuePattern(field: AnyField): RegExp | null {
  const source = ruleValue(field, "pattern");
  if (typeof source !== "string" || source === "") return null;
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    return null;
  }
}

export const textRule: FieldRule = {
  empty: () => "",
  normalise: (_field, value) => trimmed(value),
  validate: (field, value) => {
    if (typeof value !== "string") return [messages.notText(field)];
    const errors = lengthErrors(field, value);
    const pattern = wholeValuePattern(field);
    if (errors.length === 0 && pattern && !pattern.test(value)) errors.push(messages.pattern(field));
    return errors;
  },
};
