import { isKnownType } from "../field-keys";
import type { FieldType } from "../form";
import type { FieldRule } from "./field-rule";
import { asyncFileRule } from "./types/async-file";
import { checkboxRule } from "./types/checkbox";
import { contentRule } from "./types/content";
import { dateRule } from "./types/date";
import { decimalRule } from "./types/decimal";
import { emailRule } from "./types/email";
import { groupRule } from "./types/group";
import { hiddenRule } from "./types/hidden";
import { multiselectRule } from "./types/multiselect";
import { numberRule } from "./types/number";
import { phoneRule } from "./types/phone";
import { radioRule } from "./types/radio";
import { selectRule } from "./types/select";
import { textRule } from "./types/text";
import { textareaRule } from "./types/textarea";

export const fieldRules: Record<FieldType, FieldRule> = {
  text: textRule,
  textarea: textareaRule,
  email: emailRule,
  phone: phoneRule,
  number: numberRule,
  decimal: decimalRule,
  date: dateRule,
  select: selectRule,
  radio: radioRule,
  multiselect: multiselectRule,
  checkbox: checkboxRule,
  async_file: asyncFileRule,
  group: groupRule,
  content: contentRule,
  hidden: hiddenRule,
};

export { isKnownType };

/** The rule for a type, or undefined for a type this app does not know (never a prototype key). */
export function ruleFor(type: string): FieldRule | undefined {
  return isKnownType(type) ? fieldRules[type] : undefined;
}
