"use client";

import { FieldShell } from "@/components/ui/field-shell";
import { controlClasses } from "@/components/ui/control-classes";
import type { FieldProps } from "../field-props";
import { useFieldControl } from "../use-field-control";
import { useRawInput } from "../use-raw-input";

export function TextareaField({ field, path }: FieldProps) {
  const input = useRawInput(field, path);
  const { shell, invalid } = useFieldControl(field, path);
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
