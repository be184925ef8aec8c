"use client";

import { FieldShell } from "@/components/ui/field-shell";
import type { FieldProps } from "../field-props";
import { useFieldValue } from "../field-store";
import { useRenderer } from "../renderer-context";
import { fieldControl } from "../field-control";
import { ChoiceList } from "./choice-list";

/** A checkbox per choice; the value keeps the choices' order. */
export function MultiselectField({ field, path, errors }: FieldProps) {
  const { store } = useRenderer();
  const value = useFieldValue(store, path);
  const { id, shell, invalid } = fieldControl(field, path, errors);
  const choices = field.choices ?? [];
  const selected: unknown[] = Array.isArray(value) ? value : [];
  const choose = (next: Set<unknown>) =>
    store.set(
      path,
      choices.map((c) => c.value).filter((v) => next.has(v)),
    );
  function toggle(choice: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(choice);
    else next.delete(choice);
    choose(next);
  }
  return (
    <FieldShell {...shell} variant="fieldset" role="group">
      {() => (
        <ChoiceList
          id={id}
          type="checkbox"
          choices={choices}
          checked={(choice) => selected.includes(choice)}
          onChange={toggle}
          adopt={(values) => choose(new Set(values))}
          disabled={field.read_only}
          invalid={invalid}
        />
      )}
    </FieldShell>
  );
}
