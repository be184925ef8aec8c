"use client";

import { resolveRelativeDate } from "@/contract/rules";
import { FieldShell } from "@/components/ui/field-shell";
import { controlClasses } from "../control-classes";
import type { FieldProps } from "../field-props";
import { useRenderer } from "../renderer-context";
import { useFieldControl } from "../use-field-control";
import { useRawInput } from "../use-raw-input";

function bound(rule: unknown, today: string): string | undefined {
  return typeof rule === "string" && today ? (resolveRelativeDate(rule, today) ?? undefined) : undefined;
}

export function DateField({ field, path }: FieldProps) {
  const input = useRawInput(field, path);
  const { shell, invalid } = useFieldControl(field, path);
  const { today } = useRenderer();
  return (
    <FieldShell {...shell}>
      {(control) => (
        <input
          {...control}
          {...input}
          type="date"
          min={bound(field.rules?.min_date, today)}
          max={bound(field.rules?.max_date, today)}
          readOnly={field.read_only}
          className={controlClasses(invalid, "sm:max-w-xs")}
        />
      )}
    </FieldShell>
  );
}
