import type { FieldRule } from "../field-rule";

/** Posted back unchanged: the definition's value always wins. */
export const hiddenRule: FieldRule = {
  empty: (field) => field.value ?? null,
  normalise: (field) => field.value ?? null,
  validate: () => [],
};
