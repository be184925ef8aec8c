"use client";

import { FieldShell } from "@/components/ui/field-shell";
import { controlClasses } from "../control-classes";
import { controlId, type FieldProps } from "../field-props";
import { useFieldMessages } from "../use-field-messages";
import { useRawInput } from "../use-raw-input";

export function TextareaField({ field, path }: FieldProps) {
  const input = useRawInput(field, path);
  const errors = useFieldMessages(path);
  return (
    <FieldShell id={controlId(path)} title={field.title} required={field.required} helpText={field.help_text} errors={errors}>
      {(control) => (
        <textarea
          {...control}
          {...input}
          rows={5}
          placeholder={field.placeholder ?? undefined}
          readOnly={field.read_only}
          className={controlClasses(errors.length > 0)}
        />
      )}
    </FieldShell>
  );
}
