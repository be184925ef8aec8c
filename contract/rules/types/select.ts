import type { FieldRule } from "../field-rule";
import { messages } from "../messages";
import { choiceValues } from "./shared";

/** Shared by select and radio. Without `choices` in the definition any string is accepted. */
export const singleChoiceRule: FieldRule = {
  empty: () => null,
  normalise: (_field, value) => {
    if (typeof value === "string") return value.trim();
    return typeof value === "number" || typeof value === "boolean" ? String(value) : value;
  },
  validate: (field, value) => {
    if (typeof value !== "string") return [messages.choice(field)];
    const allowed = choiceValues(field);
    return allowed === null || allowed.includes(value) ? [] : [messages.choice(field)];
  },
};

export const selectRule: FieldRule = singleChoiceRule;
