"use client";

import { resolveRelativeDate } from "@/contract/rules";
import { FieldShell } from "@/components/ui/field-shell";
import { controlClasses } from "../control-classes";
import { controlId, type FieldProps } from "../field-props";
import { useRenderer } from "../renderer-context";
import { useFieldMessages } from "../use-field-messages";
import { useRawInput } from "../use-raw-input";

function bound(rule: unknown, today: string): string | undefined {
  return typeof rule === "string" && today ? (resolveRelativeDate(rule, today) ?? undefined) : undefined;
}

export function DateField({ field, path }: FieldProps) {
  const input = useRawInput(field, path);
  const errors = useFieldMessages(path);
  const { today } = useRenderer();
  return (
    <FieldShell id={controlId(path)} title={field.title} required={field.required} helpText={field.help_text} errors={errors}>
      {(control) => (
        <input
          {...control}
          {...input}
          type="date"
          min={bound(field.rules?.min_date, today)}
          max={bound(field.rules?.max_date, today)}
          readOnly={field.read_only}
          className={controlClasses(errors.length > 0, "sm:max-w-xs")}
        />
      )}
    </FieldShell>
  );
}
