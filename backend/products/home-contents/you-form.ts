import type { FormInput } from "../definition";

export const youForm: FormInput = {
  form_id: "you",
  form_name: "About you",
  fields: [
    { type: "text", name: "first_name", title: "First name", required: true, rules: { min_length: 1, max_length: 50 } },
    { type: "text", name: "last_name", title: "Last name", required: true, rules: { min_length: 1, max_length: 50 } },
    {
      type: "date",
      name: "date_of_birth",
      title: "Date of birth",
      required: true,
      rules: { min_date: "-100y", max_date: "-18y" },
    },
    { type: "email", name: "email", title: "Email address", required: true },
    { type: "phone", name: "phone", title: "Phone number", required: true, placeholder: "+447700900123" },
    {
      type: "checkbox",
      name: "consent",
      title:
        "I confirm that what I have told you is true and complete, and that nobody living with me has a criminal conviction that is not spent",
      required: true,
    },
    // Where the quote came from, for reporting; the web app posts it back unchanged.
    { type: "hidden", name: "source", value: "web" },
  ],
};
