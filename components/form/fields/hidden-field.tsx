import type { FieldProps } from "../field-props";

/** Nothing to show: the value sits in the form state from the start and is posted back unchanged. */
export function HiddenField(_props: FieldProps) {
  return null;
}
