import type { FieldShellProps } from "@/components/ui/field-shell";
import { controlId, type AnyField } from "./field-props";

export type FieldControl = {
  /** The control's DOM id; the error summary links to it. */
  id: string;
  invalid: boolean;
  /** Spread into FieldShell: label, required mark, help and errors wired to the control. */
  shell: Omit<FieldShellProps, "children">;
};

/** What every field component sets up: its id and the shell around its control, with the messages it was given. */
export function fieldControl(field: AnyField, path: string, errors: string[]): FieldControl {
  const id = controlId(path);
  const shell = { id, title: field.title, required: field.required, helpText: field.help_text, errors };
  return { id, invalid: errors.length > 0, shell };
}
