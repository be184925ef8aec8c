"use client";

import { useController } from "react-hook-form";
import { FieldShell } from "@/components/ui/field-shell";
import { boxClasses } from "../control-classes";
import { controlId, type FieldProps } from "../field-props";
import { useFieldMessages } from "../use-field-messages";

export function CheckboxField({ field, path }: FieldProps) {
  const { field: control } = useController({ name: path });
  const errors = useFieldMessages(path);
  return (
    <FieldShell id={controlId(path)} title={field.title} required={field.required} helpText={field.help_text} errors={errors} variant="checkbox">
      {(aria) => (
        <input
          {...aria}
          ref={control.ref}
          name={path}
          type="checkbox"
          checked={control.value === true}
          onChange={(event) => control.onChange(event.target.checked)}
          onBlur={control.onBlur}
          disabled={field.read_only}
          className={`${boxClasses} mt-1`}
        />
      )}
    </FieldShell>
  );
}
