import type { AnyField } from "./field-rule";
import { isEmptyValue } from "./empty";
import { ruleFor } from "./registry";

const GROUPING = /[,\s_]/g;

/** What an HTML control gives, before the type's own normalisation (number and decimal accept "1,200"). */
function prepare(field: AnyField, raw: unknown): unknown {
  switch (field.type) {
    case "number":
    case "decimal":
      return typeof raw === "string" ? raw.replace(GROUPING, "") : raw;
    case "checkbox":
      return raw === null || raw === undefined ? false : raw;
    case "multiselect":
      return raw === null || raw === undefined || raw === false ? [] : raw;
    default:
      return raw;
  }
}

/** An HTML input's value in the contract's encoding; empties become the type's empty value. */
export function fromInput(field: AnyField, raw: unknown): unknown {
  const rule = ruleFor(field.type);
  if (!rule) return raw;
  const value = rule.normalise(field, prepare(field, raw));
  return isEmptyValue(value) ? rule.empty(field) : value;
}
