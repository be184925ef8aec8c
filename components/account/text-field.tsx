"use client";

import type { InputHTMLAttributes, Ref } from "react";
import { controlClasses } from "@/components/form/control-classes";
import { FieldShell } from "@/components/ui/field-shell";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange"> & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  helpText?: string;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
  /** Narrow controls for short answers (codes, numbers). */
  width?: string;
};

/** One labelled input with its help and error tied to it: the sign-in and cancellation forms' building block. */
export function TextField({ id, label, value, onChange, helpText, error, required, width = "", ref, ...rest }: TextFieldProps) {
  return (
    <FieldShell id={id} title={label} required={required} helpText={helpText} errors={error ? [error] : []}>
      {(control) => (
        <input
          ref={ref}
          {...rest}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={controlClasses(Boolean(error), width)}
        />
      )}
    </FieldShell>
  );
}
