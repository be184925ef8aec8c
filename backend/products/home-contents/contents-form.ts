import type { FormInput } from "../definition";
import { choices, MB } from "../choices";

export const contentsForm: FormInput = {
  form_id: "contents",
  form_name: "Your belongings",
  fields: [
    {
      type: "content",
      name: "valuing_contents",
      title: "How to value your contents",
      content:
        "Walk through each room and add up what it would cost to replace everything new: furniture, clothes, electronics, kitchenware and what is in the loft and shed. Most homes are worth more than people expect. If you under-insure, we may reduce what we pay on a claim.",
    },
    {
      type: "decimal",
      name: "contents_value",
      title: "Total value of your contents",
      help_text: "In pounds, to replace everything new.",
      required: true,
      placeholder: "30000.00",
      rules: { min: "5000.00", max: "250000.00", decimal_places: 2 },
    },
    {
      type: "group",
      name: "high_value_items",
      title: "Items worth £1,500 or more",
      help_text: "List each item worth £1,500 or more on its own, such as jewellery, watches or art.",
      required: false,
      rules: { max: 10 },
      fields: [
        {
          type: "text",
          name: "description",
          title: "Description",
          required: true,
          rules: { min_length: 3, max_length: 100 },
        },
        {
          type: "select",
          name: "category",
          title: "Category",
          required: true,
          choices: choices(
            ["jewellery", "Jewellery"],
            ["watches", "Watches"],
            ["electronics", "Electronics"],
            ["art", "Art and antiques"],
            ["other", "Other"],
          ),
        },
        {
          type: "decimal",
          name: "value",
          title: "Value",
          required: true,
          rules: { min: "1500.00", max: "100000.00", decimal_places: 2 },
        },
      ],
    },
    {
      type: "async_file",
      name: "photos",
      title: "Photos of your main rooms",
      help_text: "Between one and six photos. They help us settle claims quickly.",
      required: true,
      rules: {
        type: "List",
        accepted_mime_types: ["image/jpeg", "image/png", "image/webp"],
        min: 1,
        max: 6,
        max_size: 8 * MB,
      },
    },
  ],
};
