import { isFileRef } from "../../field-keys";
import type { FieldRule } from "../field-rule";
import { messages } from "../messages";
import { countErrors } from "./shared";

export const asyncFileRule: FieldRule = {
  empty: () => [],
  normalise: (_field, value) => {
    if (!Array.isArray(value)) return value;
    return value.map((item) => (isFileRef(item) ? { id: item.id, name: item.name } : item));
  },
  validate: (field, value) => {
    if (!Array.isArray(value) || value.some((item) => !isFileRef(item))) {
      return [messages.files(field)];
    }
    return countErrors(field, value.length, messages.minFiles, messages.maxFiles);
  },
};
