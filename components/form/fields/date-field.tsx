"use client";

import { TextInput } from "@/components/ui/text-input";
import { dateBound } from "../date-bound";
import type { FieldProps } from "../field-props";
import { useRenderer } from "../renderer-context";
import { useFieldControl } from "../use-field-control";
import { useRawInput } from "../use-raw-input";

export function DateField({ field, path }: FieldProps) {
  const input = useRawInput(field, path);
  const { shell } = useFieldControl(field, path);
  const { today } = useRenderer();
  return (
    <TextInput
      shell={shell}
      {...input}
      type="date"
      min={dateBound(field.rules?.min_date, today)}
      max={dateBound(field.rules?.max_date, today)}
      readOnly={field.read_only}
      width="sm:max-w-xs"
    />
  );
}
