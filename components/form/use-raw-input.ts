"use client";

import { useState, type ChangeEvent } from "react";
import { useController } from "react-hook-form";
import { fromInput } from "@/contract/rules";
import type { AnyField } from "./field-props";

function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A text-like control whose form value is the contract's encoding (fromInput) while the box keeps
 * exactly what the person typed: "1." or a trailing space must survive the next keystroke.
 */
export function useRawInput(field: AnyField, path: string) {
  const { field: control } = useController({ name: path });
  const [text, setText] = useState(() => toText(control.value));
  const [seen, setSeen] = useState<unknown>(control.value);
  if (!same(seen, control.value)) {
    // The value changed from outside (reset, draft restored): show it unless it is what the text means.
    setSeen(control.value);
    if (!same(fromInput(field, text), control.value)) setText(toText(control.value));
  }
  return {
    name: path,
    value: text,
    ref: control.ref,
    onBlur: control.onBlur,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      const raw = event.target.value;
      const value = fromInput(field, raw);
      setText(raw);
      setSeen(value);
      control.onChange(value);
    },
  };
}
