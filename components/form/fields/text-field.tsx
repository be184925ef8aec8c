"use client";

import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from "react";
import { TextInput } from "@/components/ui/text-input";
import type { AnyField, FieldProps } from "../field-props";
import { useFieldControl } from "../use-field-control";
import { useRawInput } from "../use-raw-input";

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

function inputType(field: AnyField): HTMLInputTypeAttribute {
  return field.type === "email" ? "email" : field.type === "phone" ? "tel" : "text";
}

function autoComplete(field: AnyField): HTMLInputAutoCompleteAttribute | undefined {
  if (field.type === "email") return "email";
  if (field.type === "phone") return "tel";
  return AUTOCOMPLETE[field.name.toLowerCase()];
}

/** text, email and phone. */
export function TextField({ field, path }: FieldProps) {
  const input = useRawInput(field, path);
  const { shell } = useFieldControl(field, path);
  const type = inputType(field);
  return (
    <TextInput
      shell={shell}
      {...input}
      type={type}
      autoComplete={autoComplete(field)}
      spellCheck={type === "text" ? undefined : false}
      placeholder={field.placeholder ?? undefined}
      readOnly={field.read_only}
      width={type === "tel" ? "sm:max-w-xs" : ""}
    />
  );
}
