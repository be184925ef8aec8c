import type { AnyField, FieldRule, RuleContext } from "../field-rule";
import { messages } from "../messages";
import { isISODate, resolveRelativeDate } from "../relative-date";
import { ruleValue, trimmed } from "./shared";

function bound(field: AnyField, key: "min_date" | "max_date", ctx: RuleContext): string | null {
  const spec = ruleValue(field, key);
  return typeof spec === "string" ? resolveRelativeDate(spec, ctx.today) : null;
}

export const dateRule: FieldRule = {
  empty: () => null,
  normalise: (_field, value) => trimmed(value),
  validate: (field, value, ctx) => {
    if (!isISODate(value)) return [messages.realDate(field)];
    const min = bound(field, "min_date", ctx);
    const max = bound(field, "max_date", ctx);
    if (min && value < min) return [messages.minDate(field, min)];
    if (max && value > max) return [messages.maxDate(field, max)];
    return [];
  },
};
