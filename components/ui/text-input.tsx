import type { InputHTMLAttributes, Ref } from "react";
import { controlClasses } from "./control-classes";
import { FieldShell, type FieldShellProps } from "./field-shell";

export type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  /** Label, required mark, help and errors, wired to the input by the shell. */
  shell: Omit<FieldShellProps, "children" | "variant" | "role">;
  /** Extra width classes for short answers (codes, numbers, dates). */
  width?: string;
  ref?: Ref<HTMLInputElement>;
};

/** The one labelled text box: the form renderer's text, number and date fields and the sign-in forms. */
export function TextInput({ shell, width = "", ref, ...input }: TextInputProps) {
  const invalid = (shell.errors?.length ?? 0) > 0;
  return (
    <FieldShell {...shell}>
      {(control) => <input ref={ref} {...input} {...control} className={controlClasses(invalid, width)} />}
    </FieldShell>
  );
}
