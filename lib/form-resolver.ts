import type { FieldError, FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { Answers, Field } from "@/contract/form";
import {
  validateForm,
  withRuleLanguage,
  type RuleContext,
  type RuleLanguage,
  type ValidationResult,
} from "@/contract/rules";
import { fieldKey, fieldName } from "./field-key";

export { fieldKey, fieldName };

type Named = { name: string; type: string };

function rename(record: unknown, by: (k: string) => string): unknown {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [by(k), v]));
}

function convert(fields: Named[], values: Record<string, unknown>, by: (k: string) => string): Record<string, unknown> {
  const groups = new Set(fields.filter((f) => f.type === "group").map((f) => f.name));
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => {
      const isGroup = groups.has(by === fieldKey ? k : fieldName(k));
      return [by(k), isGroup && Array.isArray(v) ? v.map((item) => rename(item, by)) : v];
    }),
  );
}

/** Contract answers -> RHF values (group items' keys escaped too). */
export function toFormValues(fields: Named[], answers: Answers): FieldValues {
  return convert(fields, answers, fieldKey);
}

/** RHF values -> contract answers. */
export function toAnswers(fields: Named[], values: FieldValues): Answers {
  return convert(fields, values, fieldName);
}

/** All messages of an RHF error: the validator's list when present, else the one message. */
export function errorMessages(error: unknown): string[] {
  if (!error || typeof error !== "object") return [];
  const { types, message } = error as FieldError;
  const list = types?.rules;
  if (Array.isArray(list)) return list.filter((m): m is string => typeof m === "string");
  return typeof message === "string" && message ? [message] : [];
}

function fieldError(messages: string[]): FieldError {
  return { type: "rules", message: messages[0], types: { rules: messages } };
}

/** The engine's result in RHF's shape: `<group>.root` for a group's own messages, `<group>.<i>.<sub>` for items. */
export function toFieldErrors(fields: Named[], result: ValidationResult): FieldErrors {
  const errors: Record<string, unknown> = {};
  const groups = new Set(fields.filter((f) => f.type === "group").map((f) => f.name));
  const items = new Map<string, Record<string, unknown>[] & { root?: FieldError }>();
  const itemsOf = (group: string) => {
    if (!items.has(group)) items.set(group, []);
    return items.get(group)!;
  };
  for (const [name, messages] of Object.entries(result.fieldErrors)) {
    if (messages.length === 0) continue;
    if (groups.has(name)) itemsOf(name).root = fieldError(messages);
    else errors[fieldKey(name)] = fieldError(messages);
  }
  for (const { group, index, name, errors: messages } of result.itemErrors) {
    const list = itemsOf(group);
    list[index] ??= {};
    list[index][fieldKey(name)] = fieldError(messages);
  }
  for (const [group, list] of items) errors[fieldKey(group)] = list;
  return errors as FieldErrors;
}

/**
 * Validates with the shared engine; on success hands on its pruned `values`
 * (hidden-by-show_if and content removed).
 */
export function formResolver(
  getFields: () => Field[],
  ctx: RuleContext,
  language?: RuleLanguage | null,
): Resolver<FieldValues> {
  return (values) => {
    const fields = getFields();
    const result = withRuleLanguage(language, () => validateForm({ fields }, toAnswers(fields, values), ctx));
    if (result.ok) return { values: result.values, errors: {} };
    return { values: {}, errors: toFieldErrors(fields, result) };
  };
}
