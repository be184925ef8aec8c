"use client";

import type { InputHTMLAttributes, Ref } from "react";
import { TextInput } from "@/components/ui/text-input";

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

/** The shared TextInput with a plain-value API: the sign-in and cancellation forms' building block. */
export function TextField({ id, label, onChange, helpText, error, required, ...input }: TextFieldProps) {
  const shell = { id, title: label, required, helpText, errors: error ? [error] : [] };
  return <TextInput shell={shell} {...input} onChange={(event) => onChange(event.target.value)} />;
}
