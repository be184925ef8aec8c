"use client";

import { useController } from "react-hook-form";
import { FieldShell } from "@/components/ui/field-shell";
import { boxClasses } from "@/components/ui/control-classes";
import type { FieldProps } from "../field-props";
import { useFieldControl } from "../use-field-control";

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
        <div className="space-y-3">
          {choices.map((choice, i) => (
            <div key={choice.value} className="flex items-center gap-3">
              <input
                id={`${id}-${i}`}
                ref={i === 0 ? control.ref : undefined}
                type="checkbox"
                value={choice.value}
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                onBlur={control.onBlur}
                disabled={field.read_only}
                aria-invalid={invalid || undefined}
                className={boxClasses}
              />
              <label htmlFor={`${id}-${i}`} className="py-1">
                {choice.label}
              </label>
            </div>
          ))}
        </div>
      )}
    </FieldShell>
  );
}
