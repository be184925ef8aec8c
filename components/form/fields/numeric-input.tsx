"use client";

import { TextInput } from "@/components/ui/text-input";
import type { FieldProps } from "../field-props";
import { fieldControl } from "../field-control";
import { useRawInput } from "../use-raw-input";

/**
 * A text box with a numeric keypad. Not type=number: that changes the value on scroll and hides bad
 * input; and decimals stay strings end to end, so no float ever touches an amount.
 */
export function numericInput(inputMode: "numeric" | "decimal") {
  return function NumericInput({ field, path, errors }: FieldProps) {
    const input = useRawInput(field, path);
    const { shell } = fieldControl(field, path, errors);
    return (
      <TextInput
        shell={shell}
        {...input}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        placeholder={field.placeholder ?? undefined}
        readOnly={field.read_only}
        width="sm:max-w-xs tabular-nums"
      />
    );
  };
}
