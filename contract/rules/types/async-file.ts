import { fileRefSchema } from "../../form";
import type { FieldRule } from "../field-rule";
import { messages } from "../messages";
import { countErrors } from "./shared";

export const asyncFileRule: FieldRule = {
  empty: () => [],
  normalise: (_field, value) => {
    if (!Array.isArray(value)) return value;
    return value.map((item) => {
      const ref = fileRefSchema.safeParse(item);
      return ref.success ? ref.data : item;
    });
  },
  validate: (field, value) => {
    if (!Array.isArray(value) || value.some((item) => !fileRefSchema.safeParse(item).success)) {
      return [messages.files(field)];
    }
    return countErrors(field, value.length, messages.minFiles, messages.maxFiles);
  },
};
