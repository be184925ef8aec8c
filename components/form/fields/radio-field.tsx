"use client";

import { FieldShell } from "@/components/ui/field-shell";
import type { FieldProps } from "../field-props";
import { useFieldValue } from "../field-store";
import { useRenderer } from "../renderer-context";
import { fieldControl } from "../field-control";
import { ChoiceList } from "./choice-list";

export function RadioField({ field, path, errors }: FieldProps) {
  const { store } = useRenderer();
  const value = useFieldValue(store, path);
  const { id, shell } = fieldControl(field, path, errors);
  return (
    <FieldShell {...shell} variant="fieldset" role="radiogroup">
      {() => (
        <ChoiceList
          id={id}
          type="radio"
          name={id}
          choices={field.choices ?? []}
          checked={(choice) => value === choice}
          onChange={(choice) => store.set(path, choice)}
          adopt={(values) => store.set(path, values[0] ?? null)}
          disabled={field.read_only}
        />
      )}
    </FieldShell>
  );
}
