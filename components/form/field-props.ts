import type { ComponentType } from "react";
import type { AnyField } from "@/contract/form";

export type { AnyField };

export type FieldProps = {
  field: AnyField;
  /** The value's path in the form state, e.g. `email` or `people.0.first_name`. */
  path: string;
  /** Its messages: the client's own check first, else what the server said (FieldStore.messages). */
  errors: string[];
};

export type FieldComponent = ComponentType<FieldProps>;

/** A DOM id for a path; the error summary links to it. */
export function controlId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
