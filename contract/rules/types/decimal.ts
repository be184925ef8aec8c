import Decimal from "decimal.js";
import type { AnyField, FieldRule } from "../field-rule";
import { messages } from "../messages";
import { numericRule, ruleValue } from "./shared";

const DECIMAL = /^-?\d+(\.\d+)?$/;

function places(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** "007.5" -> "7.5"; padded to `decimal_places` when it has fewer ("7.5" -> "7.50"). */
export function canonicalDecimal(field: AnyField, text: string): string {
  const wanted = numericRule(field, "decimal_places");
  const keep = wanted !== null && wanted > places(text) ? wanted : places(text);
  return new Decimal(text).toFixed(keep);
}

function limit(field: AnyField, key: "min" | "max"): Decimal | null {
  const raw = ruleValue(field, key);
  if ((typeof raw !== "string" && typeof raw !== "number") || raw === "") return null;
  try {
    const value = new Decimal(raw);
    return value.isFinite() ? value : null;
  } catch {
    return null;
  }
}

function shown(field: AnyField, value: Decimal): string {
  const wanted = numericRule(field, "decimal_places");
  const own = value.decimalPlaces();
  return value.toFixed(wanted !== null && wanted > own ? wanted : own);
}

export const decimalRule: FieldRule = {
  empty: () => null,
  normalise: (field, value) => {
    if (typeof value === "number" && Number.isFinite(value))
      return canonicalDecimal(field, new Decimal(value).toFixed());
    if (typeof value !== "string") return value;
    const text = value.trim();
    return DECIMAL.test(text) ? canonicalDecimal(field, text) : text;
  },
  validate: (field, value) => {
    if (typeof value !== "string" || !DECIMAL.test(value)) return [messages.decimal(field)];
    const allowed = numericRule(field, "decimal_places");
    if (allowed !== null && places(value) > allowed) return [messages.decimalPlaces(field, allowed)];
    const amount = new Decimal(value);
    const min = limit(field, "min");
    const max = limit(field, "max");
    if (min && amount.lt(min)) return [messages.min(field, shown(field, min))];
    if (max && amount.gt(max)) return [messages.max(field, shown(field, max))];
    return [];
  },
};
