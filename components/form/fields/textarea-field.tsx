"use client";

import { FieldShell } from "@/components/ui/field-shell";
import { controlClasses } from "@/components/ui/control-classes";
import type { FieldProps } from "../field-props";
import { fieldControl } from "../field-control";
import { useRawInput } from "../use-raw-input";

export function TextareaField({ field, path, errors }: FieldProps) {
  const input = useRawInput(field, path);
  const { shell, invalid } = fieldControl(field, path, errors);
  return (
    <FieldShell {...shell}>
      {(control) => (
        <textarea
          {...control}
          {...input}
          rows={5}
          placeholder={field.placeholder ?? undefined}
          readOnly={field.read_only}
          className={controlClasses(invalid)}
        />
      )}
    </FieldShell>
  );
}
