import type { FormInput } from "../definition";
import { choices, YES_NO } from "../choices";

export const tripForm: FormInput = {
  form_id: "trip",
  form_name: "Your trip",
  description: {
    image: null,
    title: "Tell us about your trip",
    content:
      "We cover single trips that start and end in the UK. Your cover runs from the day you leave until the day you get back.",
  },
  fields: [
    {
      type: "date",
      name: "start_date",
      title: "Departure date",
      required: true,
      rules: { min_date: "+1d", max_date: "+365d" },
    },
    {
      type: "date",
      name: "end_date",
      title: "Return date",
      required: true,
      help_text: "The day you arrive back home.",
      rules: { min_date: "+1d", max_date: "+2y" },
    },
    {
      type: "select",
      name: "destination",
      title: "Where are you going?",
      required: true,
      placeholder: "Choose a region",
      choices: choices(
        ["uk", "Within the UK"],
        ["europe", "Europe"],
        ["worldwide-excluding-americas", "Worldwide, excluding the USA, Canada and the Caribbean"],
        ["worldwide", "Worldwide"],
      ),
    },
    {
      type: "radio",
      name: "medical_conditions",
      title: "Has anyone travelling been treated for a medical condition in the last two years?",
      help_text:
        "Include heart, lung and circulation problems, cancer, diabetes and anything you are awaiting tests for.",
      required: true,
      choices: YES_NO,
    },
  ],
};

export const leadTravellerForm: FormInput = {
  form_id: "lead-traveller",
  form_name: "Lead traveller",
  description: {
    image: null,
    title: "Who is buying this policy?",
    content: "We will send a one-time code to this email address to confirm it is yours.",
  },
  fields: [
    { type: "text", name: "first_name", title: "First name", required: true, rules: { min_length: 1, max_length: 50 } },
    { type: "text", name: "last_name", title: "Last name", required: true, rules: { min_length: 1, max_length: 50 } },
    { type: "email", name: "email", title: "Email address", required: true, placeholder: "you@example.com" },
    {
      type: "phone",
      name: "phone",
      title: "Mobile number",
      required: true,
      placeholder: "+447700900123",
      help_text: "With the country code, e.g. +44.",
    },
    {
      type: "checkbox",
      name: "marketing",
      title: "Send me travel tips and offers by email",
      required: false,
      value: false,
    },
  ],
};
