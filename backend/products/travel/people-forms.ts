import type { FormInput } from "../definition";
import { choices, MB } from "../choices";

export const travellersForm: FormInput = {
  form_id: "travellers",
  form_name: "Travellers",
  fields: [
    {
      type: "group",
      name: "travellers",
      title: "Everyone travelling",
      help_text: "Include yourself. Up to ten people can travel on one policy.",
      required: true,
      rules: { min: 1, max: 10 },
      fields: [
        {
          type: "text",
          name: "full_name",
          title: "Full name",
          required: true,
          rules: { min_length: 2, max_length: 80 },
        },
        {
          type: "date",
          name: "date_of_birth",
          title: "Date of birth",
          required: true,
          rules: { min_date: "-100y", max_date: "-0y" },
        },
        {
          type: "text",
          name: "passport_number",
          title: "Passport number",
          required: true,
          help_text: "As printed on the photo page: capital letters and digits, 6 to 9 characters.",
          rules: { pattern: "^[A-Z0-9]{6,9}$" },
        },
      ],
    },
    {
      type: "async_file",
      name: "passports",
      title: "Passport photo pages",
      help_text: "Optional. A copy of each passport helps us help you quickly if one is lost abroad.",
      required: false,
      rules: {
        type: "List",
        accepted_mime_types: ["image/jpeg", "image/png", "application/pdf"],
        max_size: 5 * MB,
        max: 5,
      },
    },
  ],
};

export const beneficiariesForm: FormInput = {
  form_id: "beneficiaries",
  form_name: "Beneficiaries",
  description: {
    image: null,
    title: "Who should receive the personal accident benefit?",
    content: "If you name nobody, any personal accident benefit is paid to your estate.",
  },
  fields: [
    {
      type: "group",
      name: "beneficiaries",
      title: "Beneficiaries",
      required: false,
      rules: { max: 4 },
      fields: [
        {
          type: "text",
          name: "fullname",
          title: "Full name",
          required: true,
          rules: { min_length: 2, max_length: 80 },
        },
        {
          type: "date",
          name: "dob",
          title: "Date of birth",
          required: true,
          rules: { min_date: "-100y", max_date: "today" },
        },
        { type: "phone", name: "mobile", title: "Mobile number", required: true },
        { type: "email", name: "email", title: "Email address", required: false },
        {
          type: "select",
          name: "relationship",
          title: "Relationship to you",
          required: true,
          choices: choices(
            ["spouse", "Spouse or partner"],
            ["child", "Child"],
            ["parent", "Parent"],
            ["sibling", "Brother or sister"],
            ["other", "Someone else"],
          ),
        },
      ],
    },
  ],
};
