import type { FieldRule } from "../field-rule";
import { messages } from "../messages";

const TRUE = ["true", "on", "yes", "1"];
const FALSE = ["false", "off", "no", "0", ""];

export const checkboxRule: FieldRule = {
  empty: () => false,
  normalise: (_field, value) => {
    if (typeof value === "string") {
      const text = value.trim().toLowerCase();
      if (TRUE.includes(text)) return true;
      if (FALSE.includes(text)) return false;
    }
    if (value === 1 || value === 0) return value === 1;
    return value;
  },
  validate: (field, value) => {
    if (typeof value !== "boolean") return [messages.checkbox(field)];
    return field.required && !value ? [messages.tick(field)] : [];
  },
};
