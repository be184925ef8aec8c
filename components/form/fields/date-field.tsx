"use client";

import { resolveRelativeDate } from "@/contract/rules";
import { TextInput } from "@/components/ui/text-input";
import type { FieldProps } from "../field-props";
import { useRenderer } from "../renderer-context";
import { useFieldControl } from "../use-field-control";
import { useRawInput } from "../use-raw-input";

function bound(rule: unknown, today: string): string | undefined {
  return typeof rule === "string" && today ? (resolveRelativeDate(rule, today) ?? undefined) : undefined;
}

export function DateField({ field, path }: FieldProps) {
  const input = useRawInput(field, path);
  const { shell } = useFieldControl(field, path);
  const { today } = useRenderer();
  return (
    <TextInput
      shell={shell}
      {...input}
      type="date"
      min={bound(field.rules?.min_date, today)}
      max={bound(field.rules?.max_date, today)}
      readOnly={field.read_only}
      width="sm:max-w-xs"
    />
  );
}
