"use client";

import { useRef } from "react";
import { FieldShell } from "@/components/ui/field-shell";
import { boxClasses } from "@/components/ui/control-classes";
import { changedInPage, useEarlyInput } from "@/lib/early-input";
import type { FieldProps } from "../field-props";
import { useFieldValue } from "../field-store";
import { useRenderer } from "../renderer-context";
import { useFieldControl } from "../use-field-control";

export function CheckboxField({ field, path }: FieldProps) {
  const { store } = useRenderer();
  const value = useFieldValue(store, path);
  const { shell } = useFieldControl(field, path);
  const box = useRef<HTMLInputElement>(null);
  useEarlyInput(() => {
    if (box.current && changedInPage(box.current)) store.set(path, box.current.checked);
  });
  return (
    <FieldShell {...shell} variant="checkbox">
      {(aria) => (
        <input
          {...aria}
          ref={box}
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
