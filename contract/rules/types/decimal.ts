import type { AnyField, FieldRule } from "../field-rule";
import { messages } from "../messages";
import { numericRule, ruleValue } from "./shared";
import { compareDecimals, decimalFixed, decimalPlaces, readDecimal, type ExactDecimal } from "../exact-decimal";

const DECIMAL = /^-?\d+(\.\d+)?$/;

function places(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** "007.5" -> "7.5"; padded to `decimal_places` when it has fewer ("7.5" -> "7.50"). */
export function canonicalDecimal(field: AnyField, text: string): string {
  const wanted = numericRule(field, "decimal_places");
  const keep = wanted !== null && wanted > places(text) ? wanted : places(text);
  const value = readDecimal(text);
  return value ? decimalFixed(value, keep) : text;
}

function limit(field: AnyField, key: "min" | "max"): ExactDecimal | null {
  const raw = ruleValue(field, key);
  if ((typeof raw !== "string" && typeof raw !== "number") || raw === "") return null;
  return readDecimal(raw);
}

function shown(field: AnyField, value: ExactDecimal): string {
  const wanted = numericRule(field, "decimal_places");
  const own = decimalPlaces(value);
  return decimalFixed(value, wanted !== null && wanted > own ? wanted : own);
}

export const decimalRule: FieldRule = {
  empty: () => null,
  normalise: (field, value) => {
    const exact = typeof value === "number" ? readDecimal(value) : null;
    if (exact) return canonicalDecimal(field, decimalFixed(exact, decimalPlaces(exact)));
    if (typeof value !== "string") return value;
    const text = value.trim();
    return DECIMAL.test(text) ? canonicalDecimal(field, text) : text;
  },
  validate: (field, value) => {
    if (typeof value !== "string" || !DECIMAL.test(value)) return [messages.decimal(field)];
    const allowed = numericRule(field, "decimal_places");
    if (allowed !== null && places(value) > allowed) return [messages.decimalPlaces(field, allowed)];
    const amount = readDecimal(value);
    const min = limit(field, "min");
    const max = limit(field, "max");
    if (amount && min && compareDecimals(amount, min) < 0) return [messages.min(field, shown(field, min))];
    if (amount && max && compareDecimals(amount, max) > 0) return [messages.max(field, shown(field, max))];
    return [];
  },
};
