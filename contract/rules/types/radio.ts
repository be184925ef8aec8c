import type { FieldRule } from "../field-rule";
import { singleChoiceRule } from "./select";

export const radioRule: FieldRule = singleChoiceRule;
