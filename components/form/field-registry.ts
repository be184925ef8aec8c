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

/** Typed over the contract's list: a new field type fails the build until it has a component here. */
export const fieldRegistry: Record<FieldType, FieldComponent> = {
  text: TextField,
  textarea: TextareaField,
  email: TextField,
  phone: TextField,
  number: NumberField,
  decimal: DecimalField,
  date: DateField,
  select: SelectField,
  radio: RadioField,
  multiselect: MultiselectField,
  checkbox: CheckboxField,
  async_file: AsyncFileField,
  group: GroupField,
  content: ContentField,
  hidden: HiddenField,
};

/** The component for a type, or UnknownField (a notice) for a type this app does not know. */
export function resolveField(type: string): FieldComponent {
  return isKnownType(type) ? fieldRegistry[type] : UnknownField;
}
