"use client";

import { useCallback, useRef, type InputHTMLAttributes, type Ref } from "react";
import { TextInput } from "@/components/ui/text-input";
import { useEarlyText } from "@/lib/early-input";

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
export function TextField({ id, label, onChange, helpText, error, required, ref, ...input }: TextFieldProps) {
  const shell = { id, title: label, required, helpText, errors: error ? [error] : [] };
  const box = useRef<HTMLInputElement | null>(null);
  const refs = useCallback(
    (element: HTMLInputElement | null) => {
      box.current = element;
      if (typeof ref === "function") ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  // Typed before the page's script ran (a slow phone): the box has it, the caller's state doesn't yet.
  useEarlyText(box, onChange);
  return <TextInput shell={shell} {...input} ref={refs} onChange={(event) => onChange(event.target.value)} />;
}
