import type { FieldRule } from "../field-rule";
import { messages } from "../messages";
import { choiceValues, countErrors } from "./shared";

export const multiselectRule: FieldRule = {
  empty: () => [],
  normalise: (_field, value) => {
    if (typeof value === "string") return [value];
    return Array.isArray(value) ? value.map((v) => (typeof v === "number" ? String(v) : v)) : value;
  },
  validate: (field, value) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) return [messages.choices(field)];
    const allowed = choiceValues(field);
    if (allowed !== null && value.some((v) => !allowed.includes(v))) return [messages.choices(field)];
    if (new Set(value).size !== value.length) return [messages.distinct(field)];
    return countErrors(field, value.length, messages.minChoices, messages.maxChoices);
  },
};
