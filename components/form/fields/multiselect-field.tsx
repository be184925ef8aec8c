"use client";

import { useController } from "react-hook-form";
import { FieldShell } from "@/components/ui/field-shell";
import type { FieldProps } from "../field-props";
import { useFieldControl } from "../use-field-control";
import { ChoiceList } from "./choice-list";

/** A checkbox per choice; the value keeps the choices' order. */
export function MultiselectField({ field, path }: FieldProps) {
  const { field: control } = useController({ name: path });
  const { id, shell, invalid } = useFieldControl(field, path);
  const choices = field.choices ?? [];
  const selected: unknown[] = Array.isArray(control.value) ? control.value : [];
  function toggle(value: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(value);
    else next.delete(value);
    control.onChange(choices.map((c) => c.value).filter((v) => next.has(v)));
  }
  return (
    <FieldShell {...shell} variant="fieldset" role="group">
      {() => (
        <ChoiceList
          id={id}
          type="checkbox"
          choices={choices}
          control={control}
          checked={(value) => selected.includes(value)}
          onChange={toggle}
          disabled={field.read_only}
          invalid={invalid}
        />
      )}
    </FieldShell>
  );
}
