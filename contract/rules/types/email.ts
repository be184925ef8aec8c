import type { FieldRule } from "../field-rule";
import { messages } from "../messages";
import { trimmed } from "./shared";

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const emailRule: FieldRule = {
  empty: () => "",
  normalise: (_field, value) => trimmed(value),
  validate: (field, value) => {
    if (typeof value !== "string") return [messages.notText(field)];
    return EMAIL.test(value) && value.length <= 254 ? [] : [messages.email(field)];
  },
};
