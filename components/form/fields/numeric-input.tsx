"use client";

import { FieldShell } from "@/components/ui/field-shell";
import { controlClasses } from "../control-classes";
import type { FieldProps } from "../field-props";
import { useFieldControl } from "../use-field-control";
import { useRawInput } from "../use-raw-input";

/**
 * A text box with a numeric keypad. Not type=number: that changes the value on scroll and hides bad
 * input; and decimals stay strings end to end, so no float ever touches an amount.
 */
export function numericInput(inputMode: "numeric" | "decimal") {
  return function NumericInput({ field, path }: FieldProps) {
    const input = useRawInput(field, path);
    const { shell, invalid } = useFieldControl(field, path);
    return (
      <FieldShell {...shell}>
        {(control) => (
          <input
            {...control}
            {...input}
            type="text"
            inputMode={inputMode}
            autoComplete="off"
            spellCheck={false}
            placeholder={field.placeholder ?? undefined}
            readOnly={field.read_only}
            className={controlClasses(invalid, "sm:max-w-xs tabular-nums")}
          />
        )}
      </FieldShell>
    );
  };
}
