import type { FormInput } from "../definition";

export const ownerForm: FormInput = {
  form_id: "owner",
  form_name: "About you",
  fields: [
    { type: "text", name: "first_name", title: "First name", required: true, rules: { min_length: 1, max_length: 50 } },
    { type: "text", name: "last_name", title: "Last name", required: true, rules: { min_length: 1, max_length: 50 } },
    {
      type: "date",
      name: "date_of_birth",
      title: "Date of birth",
      help_text: "You must be 18 or over to buy this policy.",
      required: true,
      rules: { min_date: "-100y", max_date: "-18y" },
    },
    { type: "email", name: "email", title: "Email address", required: true },
    { type: "phone", name: "phone", title: "Phone number", required: false, placeholder: "+447700900123" },
    {
      type: "text",
      name: "postcode",
      title: "Home postcode",
      required: true,
      placeholder: "SW1A 1AA",
      rules: { pattern: "^[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}$" },
    },
  ],
};
