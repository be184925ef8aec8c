"use client";

import type { FieldShellProps } from "@/components/ui/field-shell";
import { controlId, type AnyField } from "./field-props";
import { useFieldMessages } from "./field-store";
import { useRenderer } from "./renderer-context";

export type FieldControl = {
  /** The control's DOM id; the error summary links to it. */
  id: string;
  /** The client's own check first, else what the server said. */
  errors: string[];
  invalid: boolean;
  /** Spread into FieldShell: label, required mark, help and errors wired to the control. */
  shell: Omit<FieldShellProps, "children">;
};

/** What every field component sets up: its id, its messages and the shell around its control. */
export function useFieldControl(field: AnyField, path: string): FieldControl {
  const { store } = useRenderer();
  const errors = useFieldMessages(store, path);
  const id = controlId(path);
  const shell = { id, title: field.title, required: field.required, helpText: field.help_text, errors };
  return { id, errors, invalid: errors.length > 0, shell };
}
