"use client";

import { FieldShell } from "@/components/ui/field-shell";
import { boxClasses } from "@/components/ui/control-classes";
import type { FieldProps } from "../field-props";
import { useFieldValue } from "../field-store";
import { useRenderer } from "../renderer-context";
import { useFieldControl } from "../use-field-control";

export function CheckboxField({ field, path }: FieldProps) {
  const { store } = useRenderer();
  const value = useFieldValue(store, path);
  const { shell } = useFieldControl(field, path);
  return (
    <FieldShell {...shell} variant="checkbox">
      {(aria) => (
        <input
          {...aria}
          name={path}
          type="checkbox"
          checked={value === true}
          onChange={(event) => store.set(path, event.target.checked)}
          disabled={field.read_only}
          className={`${boxClasses} mt-1`}
        />
      )}
    </FieldShell>
  );
}
