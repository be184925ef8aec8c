import type { FieldRule } from "../field-rule";

export const contentRule: FieldRule = {
  empty: () => null,
  normalise: () => null,
  validate: () => [],
};
