"use client";

import { TextInput } from "@/components/ui/text-input";
import type { FieldProps } from "../field-props";
import { autoComplete, inputType } from "../input-hints";
import { fieldControl } from "../field-control";
import { useRawInput } from "../use-raw-input";

/** text, email and phone. */
export function TextField({ field, path, errors }: FieldProps) {
  const input = useRawInput(field, path);
  const { shell } = fieldControl(field, path, errors);
  const type = inputType(field);
  return (
    <TextInput
      shell={shell}
      {...input}
      type={type}
      autoComplete={autoComplete(field)}
      spellCheck={type === "text" ? undefined : false}
      placeholder={field.placeholder ?? undefined}
      readOnly={field.read_only}
      width={type === "tel" ? "sm:max-w-xs" : ""}
    />
  );
}
