import type { Answers } from "../../../contract/form";
import type { ProductDefinition } from "../../products/definition";
import type { FormDef } from "./forms";

/** Rules that span two answers of one form, which single-field rules can't say: cover must end after it starts. */
export function crossFieldErrors(product: ProductDefinition, def: FormDef, values: Answers): Record<string, string[]> {
  const cover = product.cover;
  if (cover.from !== "answers" || cover.start.form_id !== def.form_id || cover.end.form_id !== def.form_id) return {};
  const start = values[cover.start.name];
  const end = values[cover.end.name];
  if (typeof start !== "string" || typeof end !== "string" || end >= start) return {};
  const startTitle = def.fields.find((f) => f.name === cover.start.name)?.title ?? "the start date";
  const endTitle = def.fields.find((f) => f.name === cover.end.name)?.title ?? "End date";
  return { [cover.end.name]: [`${endTitle} must be on or after the ${startTitle.toLowerCase()}.`] };
}
