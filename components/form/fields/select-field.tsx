"use client";

import { FieldShell } from "@/components/ui/field-shell";
import { controlClasses } from "../control-classes";
import { controlId, type FieldProps } from "../field-props";
import { useFieldMessages } from "../use-field-messages";
import { useRawInput } from "../use-raw-input";

export function SelectField({ field, path }: FieldProps) {
  const input = useRawInput(field, path);
  const errors = useFieldMessages(path);
  const choices = field.choices ?? [];
  return (
    <FieldShell id={controlId(path)} title={field.title} required={field.required} helpText={field.help_text} errors={errors}>
      {(control) => (
        // read_only: disabled in the page only; the value stays in the form state and is posted back.
        <select {...control} {...input} disabled={field.read_only} className={controlClasses(errors.length > 0, "sm:max-w-md")}>
          <option value="">{field.placeholder || "Choose an option"}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
