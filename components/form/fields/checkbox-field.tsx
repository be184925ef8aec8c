"use client";

import { FieldShell } from "@/components/ui/field-shell";
import { boxClasses } from "@/components/ui/control-classes";
import { changedInPage, useEarlyRef } from "@/lib/early-input";
import type { FieldProps } from "../field-props";
import { useFieldValue } from "../field-store";
import { useRenderer } from "../renderer-context";
import { fieldControl } from "../field-control";

export function CheckboxField({ field, path, errors }: FieldProps) {
  const { store } = useRenderer();
  const value = useFieldValue(store, path);
  const { shell } = fieldControl(field, path, errors);
  const early = useEarlyRef<HTMLInputElement>((box) => {
    if (changedInPage(box)) store.set(path, box.checked);
  });
  return (
    <FieldShell {...shell} variant="checkbox">
      {(aria) => (
        <input
          {...aria}
          ref={early}
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
