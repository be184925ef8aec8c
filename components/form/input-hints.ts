import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from "react";
import type { AnyField } from "./field-props";

// Browsers fill these from saved details; a name the list does not know simply gets no hint.
const AUTOCOMPLETE: Record<string, HTMLInputAutoCompleteAttribute> = {
  first_name: "given-name",
  given_name: "given-name",
  last_name: "family-name",
  family_name: "family-name",
  surname: "family-name",
  full_name: "name",
  name: "name",
  postcode: "postal-code",
  postal_code: "postal-code",
  zip: "postal-code",
  address_line_1: "address-line1",
  address_line_2: "address-line2",
  city: "address-level2",
  town: "address-level2",
  country: "country-name",
};

export function inputType(field: AnyField): HTMLInputTypeAttribute {
  return field.type === "email" ? "email" : field.type === "phone" ? "tel" : "text";
}

export function autoComplete(field: AnyField): HTMLInputAutoCompleteAttribute | undefined {
  if (field.type === "email") return "email";
  if (field.type === "phone") return "tel";
  return AUTOCOMPLETE[field.name.toLowerCase()];
}
