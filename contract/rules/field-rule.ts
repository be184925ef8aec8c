import type { AnyField } from "../form";

export type RuleContext = { today: string };

export type { AnyField };

/**
 * One field type's behaviour. `validate` receives a value already passed through
 * `normalise` and not empty (validateField handles emptiness and `required`).
 */
export type FieldRule = {
  empty: (field: AnyField) => unknown;
  normalise: (field: AnyField, value: unknown) => unknown;
  validate: (field: AnyField, value: unknown, ctx: RuleContext) => string[];
};
