"use client";

import { useController } from "react-hook-form";
import { FieldShell } from "@/components/ui/field-shell";
import type { FieldProps } from "../field-props";
import { useFieldControl } from "../use-field-control";
import { ChoiceList } from "./choice-list";

export function RadioField({ field, path }: FieldProps) {
  const { field: control } = useController({ name: path });
  const { id, shell } = useFieldControl(field, path);
  return (
    <FieldShell {...shell} variant="fieldset" role="radiogroup">
      {() => (
        <ChoiceList
          id={id}
          type="radio"
          name={id}
          choices={field.choices ?? []}
          control={control}
          checked={(value) => control.value === value}
          onChange={(value) => control.onChange(value)}
          disabled={field.read_only}
        />
      )}
    </FieldShell>
  );
}
