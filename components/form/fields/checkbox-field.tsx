"use client";

import { useController } from "react-hook-form";
import { FieldShell } from "@/components/ui/field-shell";
import { boxClasses } from "@/components/ui/control-classes";
import type { FieldProps } from "../field-props";
import { useFieldControl } from "../use-field-control";

export function CheckboxField({ field, path }: FieldProps) {
  const { field: control } = useController({ name: path });
  const { shell } = useFieldControl(field, path);
  return (
    <FieldShell {...shell} variant="checkbox">
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
