import type { Answers, Field } from "../form";
import { isPlainObject } from "./types/shared";
import { isFixed, type ValidationResult } from "./validate-form";

function echoField(field: Field, answers: Answers, result: ValidationResult): Field {
  const { errors: _errors, item_errors: _itemErrors, ...rest } = field;
  if (field.type === "content") return rest;
  const posted = Object.hasOwn(answers, field.name) ? answers[field.name] : undefined;
  const value = isFixed(field) ? field.value : posted;
  const echo: Field = { ...rest, value: value === undefined ? null : value };
  const errors = result.fieldErrors[field.name];
  if (errors?.length) echo.errors = [...errors];
  if (field.type === "group") {
    const items = result.itemErrors
      .filter((e) => e.group === field.name)
      .map(({ index, name, errors: list }) => ({ index, name, errors: [...list] }));
    if (items.length > 0) echo.item_errors = items;
  }
  return echo;
}

/**
 * The definition echoed back as the server's response: values as posted (hidden and read-only
 * fields keep the definition's value), messages where there are any, form-level `errors`.
 */
export function withErrors<F extends { fields: Field[]; errors?: string[] }>(
  definition: F,
  answers: Answers,
  result: ValidationResult,
): F {
  const posted = isPlainObject(answers) ? answers : {};
  const fields = definition.fields.map((field) => echoField(field, posted, result));
  return { ...definition, fields, errors: [...result.formErrors] };
}

/** name -> value from a form object's `value` keys; content fields skipped, a missing value is null. */
export function formValues(form: { fields: Field[] }): Answers {
  const values: Answers = {};
  for (const field of form.fields) {
    if (field.type !== "content") values[field.name] = field.value === undefined ? null : field.value;
  }
  return values;
}
