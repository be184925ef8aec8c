import type { FieldRule } from "../field-rule";
import { messages } from "../messages";
import { numericRule } from "./shared";

const INTEGER = /^[+-]?\d+$/;

export const numberRule: FieldRule = {
  empty: () => null,
  normalise: (_field, value) => {
    if (typeof value !== "string") return value;
    const text = value.trim();
    return INTEGER.test(text) ? Number(text) : text;
  },
  validate: (field, value) => {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) return [messages.wholeNumber(field)];
    const min = numericRule(field, "min");
    const max = numericRule(field, "max");
    if (min !== null && value < min) return [messages.min(field, String(min))];
    if (max !== null && value > max) return [messages.max(field, String(max))];
    return [];
  },
};
