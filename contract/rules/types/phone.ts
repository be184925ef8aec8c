import type { FieldRule } from "../field-rule";
import { messages } from "../messages";

const E164 = /^\+\d{8,15}$/;

export const phoneRule: FieldRule = {
  empty: () => "",
  normalise: (_field, value) => (typeof value === "string" ? value.replace(/[\s\-()[\]]/g, "") : value),
  validate: (field, value) => {
    if (typeof value !== "string") return [messages.notText(field)];
    return E164.test(value) ? [] : [messages.phone(field)];
  },
};
