import type { FormInput } from "../definition";
import { choices } from "../choices";

export const PROPERTY_TYPES = choices(
  ["flat", "Flat"],
  ["maisonette", "Maisonette"],
  ["terraced", "Terraced house"],
  ["semi-detached", "Semi-detached house"],
  ["detached", "Detached house"],
  ["bungalow", "Bungalow"],
  ["houseboat", "Houseboat"],
  ["mobile-home", "Mobile or park home"],
  ["other", "Other"],
);

export const propertyForm: FormInput = {
  form_id: "property",
  form_name: "Your home",
  fields: [
    {
      type: "text",
      name: "address_line_1",
      title: "Address line 1",
      required: true,
      rules: { min_length: 3, max_length: 80 },
    },
    { type: "text", name: "address_line_2", title: "Address line 2", required: false, rules: { max_length: 80 } },
    { type: "text", name: "town", title: "Town or city", required: true, rules: { min_length: 2, max_length: 60 } },
    {
      type: "text",
      name: "postcode",
      title: "Postcode",
      required: true,
      placeholder: "SW1A 1AA",
      rules: { pattern: "^[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}$" },
    },
    {
      type: "text",
      name: "country",
      title: "Country",
      help_text: "We insure homes in the United Kingdom only.",
      required: true,
      read_only: true,
      value: "United Kingdom",
    },
    {
      type: "select",
      name: "property_type",
      title: "What type of property is it?",
      required: true,
      choices: PROPERTY_TYPES,
    },
    {
      type: "select",
      name: "floor",
      title: "Which floor is your front door on?",
      required: true,
      show_if: { field: "property_type", in: ["flat", "maisonette"] },
      choices: choices(
        ["ground", "Ground floor"],
        ["first", "First floor"],
        ["second-or-above", "Second floor or above"],
      ),
    },
    {
      type: "textarea",
      name: "property_description",
      title: "Describe the property",
      help_text: "For example: a flat above a shop, a converted barn, a lighthouse.",
      required: true,
      show_if: { field: "property_type", equals: "other" },
      rules: { min_length: 10, max_length: 500 },
    },
  ],
};
