"use client";

import { useController } from "react-hook-form";
import { FieldShell } from "@/components/ui/field-shell";
import { boxClasses } from "@/components/ui/control-classes";
import type { FieldProps } from "../field-props";
import { useFieldControl } from "../use-field-control";

export function RadioField({ field, path }: FieldProps) {
  const { field: control } = useController({ name: path });
  const { id, shell } = useFieldControl(field, path);
  return (
    <FieldShell {...shell} variant="fieldset" role="radiogroup">
      {() => (
        <div className="space-y-3">
          {(field.choices ?? []).map((choice, i) => (
            <div key={choice.value} className="flex items-center gap-3">
              <input
                id={`${id}-${i}`}
                ref={i === 0 ? control.ref : undefined}
                type="radio"
                name={id}
                value={choice.value}
                checked={control.value === choice.value}
                onChange={() => control.onChange(choice.value)}
                onBlur={control.onBlur}
                disabled={field.read_only}
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
