"use client";

import { FieldShell } from "@/components/ui/field-shell";
import { controlClasses } from "@/components/ui/control-classes";
import { useT } from "@/lib/i18n/client";
import type { FieldProps } from "../field-props";
import { fieldControl } from "../field-control";
import { useRawInput } from "../use-raw-input";

export function SelectField({ field, path, errors }: FieldProps) {
  const input = useRawInput(field, path);
  const { shell, invalid } = fieldControl(field, path, errors);
  const choices = field.choices ?? [];
  const t = useT("form");
  return (
    <FieldShell {...shell}>
      {(control) => (
        // read_only: disabled in the page only; the value stays in the form state and is posted back.
        <select {...control} {...input} disabled={field.read_only} className={controlClasses(invalid, "sm:max-w-md")}>
          <option value="">{field.placeholder || t("chooseOption")}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
