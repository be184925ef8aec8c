import type { FormInput } from "../definition";
import { choices } from "../choices";

export const bikeForm: FormInput = {
  form_id: "bike",
  form_name: "Your bicycle",
  description: {
    image: null,
    title: "Tell us about your bike",
    content:
      "We cover bicycles and e-bikes worth from £100 up to £15,000, at home, on the road and locked up in public.",
  },
  fields: [
    {
      type: "text",
      name: "make",
      title: "Make",
      required: true,
      placeholder: "e.g. Brompton",
      rules: { min_length: 2, max_length: 40 },
    },
    { type: "text", name: "model", title: "Model", required: true, rules: { max_length: 60 } },
    {
      type: "decimal",
      name: "value",
      title: "What is the bike worth?",
      help_text: "What it would cost to replace it new today, in pounds, including fitted accessories.",
      required: true,
      placeholder: "1200.00",
      rules: { min: "100.00", max: "50000.00", decimal_places: 2 },
    },
    {
      type: "radio",
      name: "bike_type",
      title: "What kind of bike is it?",
      required: true,
      choices: choices(
        ["road", "Road"],
        ["mountain", "Mountain"],
        ["hybrid", "Hybrid or commuter"],
        ["electric", "Electric"],
        ["cargo", "Cargo"],
      ),
    },
    {
      type: "text",
      name: "frame_number",
      title: "Frame number",
      help_text: "Usually stamped under the bottom bracket. You can add it later.",
      required: false,
      rules: { pattern: "^[A-Za-z0-9-]{6,20}$" },
    },
    {
      type: "number",
      name: "claims",
      title: "How many bicycle insurance claims have you made in the last 3 years?",
      required: true,
      value: 0,
      rules: { min: 0, max: 20 },
    },
    {
      type: "date",
      name: "start_date",
      title: "When should cover start?",
      required: true,
      rules: { min_date: "today", max_date: "+60d" },
    },
  ],
};
