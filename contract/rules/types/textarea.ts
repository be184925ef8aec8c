import type { FieldRule } from "../field-rule";
import { messages } from "../messages";
import { lengthErrors, trimmed } from "./shared";

export const textareaRule: FieldRule = {
  empty: () => "",
  normalise: (_field, value) => trimmed(value),
  validate: (field, value) => (typeof value === "string" ? lengthErrors(field, value) : [messages.notText(field)]),
};
