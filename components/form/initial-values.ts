import type { Field } from "@/contract/form";
import { formValues, numericRule } from "@/contract/rules";
import { toFormValues, type FormValues } from "@/lib/form-values";
import { emptyItemAnswers } from "./group-items";

/** The form's `value` keys as form state; an empty group starts with its minimum number of blank items. */
export function initialValues(fields: Field[]): FormValues {
  const answers = formValues({ fields });
  for (const field of fields) {
    if (field.type !== "group") continue;
    const items = answers[field.name];
    if (Array.isArray(items) && items.length > 0) continue;
    const min = numericRule(field, "min") ?? 0;
    answers[field.name] = Array.from({ length: min }, () => emptyItemAnswers(field));
  }
  return toFormValues(fields, answers);
}
