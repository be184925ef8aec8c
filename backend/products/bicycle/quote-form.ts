import type { FormInput } from "../definition";
import { choices } from "../choices";

/** Quote options: the live price endpoint reprices as these change. */
export const quoteForm: FormInput = {
  form_id: "quote",
  form_name: "Your cover",
  description: {
    image: null,
    title: "Choose your cover",
    content:
      "Every level covers theft and vandalism in the UK. Add the extras you need; the price updates as you choose.",
  },
  fields: [
    {
      type: "radio",
      name: "tier",
      title: "Level of cover",
      required: true,
      value: "standard",
      choices: choices(
        ["essential", "Essential: theft from home and when locked"],
        ["standard", "Standard: adds malicious damage and replacement hire"],
        ["premium", "Premium: adds new-for-old and cover for your kit"],
      ),
    },
    {
      type: "select",
      name: "excess",
      title: "Excess",
      help_text: "The amount you pay towards each claim. A higher excess lowers your price.",
      required: true,
      value: "50",
      choices: choices(["0", "£0"], ["50", "£50"], ["100", "£100"], ["250", "£250"]),
    },
    {
      type: "multiselect",
      name: "perils",
      title: "Optional extras",
      required: false,
      rules: { min: 0, max: 4 },
      choices: choices(
        ["theft-abroad", "Theft abroad (up to 60 days a year)"],
        ["accidental-damage", "Accidental damage"],
        ["racing", "Racing and sportives"],
        ["accessories", "Accessories up to £500"],
      ),
    },
  ],
  display_after: {
    title: "Before you continue",
    content: [
      "Please read these key facts.",
      "Your bike must be locked to an immovable object with a lock rated Sold Secure Silver or better whenever it is left unattended away from home.",
      "We do not cover wear and tear, punctures, or damage while racing unless you added Racing and sportives.",
      "Claims are settled by repair or replacement; Premium cover replaces with new for bikes up to three years old.",
    ].join("\n\n"),
  },
};
