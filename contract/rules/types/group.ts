import type { FieldRule } from "../field-rule";
import { messages } from "../messages";
import { countErrors, isPlainObject } from "./shared";

/** The group's own checks; each item's answers are validated by validateForm with the group's `fields`. */
export const groupRule: FieldRule = {
  empty: () => [],
  normalise: (_field, value) => value,
  validate: (field, value) => {
    if (!Array.isArray(value) || !value.every(isPlainObject)) return [messages.items(field)];
    return countErrors(field, value.length, messages.minItems, messages.maxItems);
  },
};
