import { memo } from "react";
import type { FieldType } from "@/contract/form";
import { isKnownType } from "@/contract/rules";
import type { FieldComponent } from "./field-props";
import { AsyncFileField } from "./fields/async-file-field";
import { CheckboxField } from "./fields/checkbox-field";
import { ContentField } from "./fields/content-field";
import { DateField } from "./fields/date-field";
import { DecimalField } from "./fields/decimal-field";
import { GroupField } from "./fields/group-field";
import { HiddenField } from "./fields/hidden-field";
import { MultiselectField } from "./fields/multiselect-field";
import { NumberField } from "./fields/number-field";
import { RadioField } from "./fields/radio-field";
import { SelectField } from "./fields/select-field";
import { TextField } from "./fields/text-field";
import { TextareaField } from "./fields/textarea-field";
import { UnknownField } from "./fields/unknown-field";

/**
 * Typed over the contract's list: a new field type fails the build until it has a component here. Each is memoised:
 * a field renders again only when its own props (its definition, path or messages) change.
 */
export const fieldRegistry: Record<FieldType, FieldComponent> = {
  text: memo(TextField),
  textarea: memo(TextareaField),
  email: memo(TextField),
  phone: memo(TextField),
  number: memo(NumberField),
  decimal: memo(DecimalField),
  date: memo(DateField),
  select: memo(SelectField),
  radio: memo(RadioField),
  multiselect: memo(MultiselectField),
  checkbox: memo(CheckboxField),
  async_file: memo(AsyncFileField),
  group: memo(GroupField),
  content: memo(ContentField),
  hidden: memo(HiddenField),
};

/** What a type this app does not know gets: a notice. */
export const unknownField: FieldComponent = memo(UnknownField);

/** The component for a type, or unknownField for a type this app does not know. */
export function resolveField(type: string): FieldComponent {
  return isKnownType(type) ? fieldRegistry[type] : unknownField;
}
