import type { ProductInput } from "./definition";
import { MB } from "./choices";
import { contentsForm } from "./home-contents/contents-form";
import { propertyForm } from "./home-contents/property-form";
import { homeContentsDocuments, homeContentsProductInformation, homeContentsTerms } from "./home-contents/texts";
import { youForm } from "./home-contents/you-form";
import { homeContentsImage } from "./images/home-contents";

export const homeContents: ProductInput = {
  slug: "home-contents",
  name: "Home contents insurance",
  description: "New-for-old cover for everything in your home, from the sofa to your grandmother's ring.",
  image: homeContentsImage,
  // Blank content: the web app skips the intro page and starts at the first form.
  intro: { image: homeContentsImage, title: "Home contents insurance", content: "" },
  terms_and_conditions: homeContentsTerms,
  attachments: {
    terms_and_conditions: "/api/v3/products/home-contents/attachments/terms_and_conditions/",
    insurance_product_information: "/api/v3/products/home-contents/attachments/insurance_product_information/",
  },
  forms: [propertyForm, contentsForm, youForm],
  renewal_form_ids: ["contents"],
  customer: {
    first_name: { form_id: "you", name: "first_name" },
    last_name: { form_id: "you", name: "last_name" },
    email: { form_id: "you", name: "email" },
    phone: { form_id: "you", name: "phone" },
  },
  cover: { from: "term", start: null, months: 12 },
  cancellation: { cooling_off_days: 14, fee: "30.00", claim_rule: "claim_free" },
  endorsement: {
    customer: [
      "you.email",
      "you.phone",
      "property.address_line_1",
      "property.address_line_2",
      "property.town",
      "property.postcode",
    ],
    referral: ["property.property_type"],
  },
  payment_modes: [
    { id: "annual", label: "Pay once" },
    { id: "monthly", label: "Pay monthly", installments: 12 },
  ],
  pricing: {
    currency: "GBP",
    base: { input: { field: "contents.contents_value" }, rate: "0.004" },
    factors: [
      {
        kind: "table",
        id: "property-type",
        input: { field: "property.property_type" },
        table: {
          flat: "0.9",
          maisonette: "0.95",
          terraced: "1",
          "semi-detached": "1",
          detached: "1.15",
          bungalow: "0.95",
          houseboat: "1.5",
          "mobile-home": "1.4",
          other: "1.25",
        },
      },
      {
        kind: "bands",
        id: "high-value-items",
        input: { count: "contents.high_value_items" },
        bands: [
          { up_to: 0, factor: "1" },
          { up_to: 3, factor: "1.1" },
          { up_to: null, factor: "1.25" },
        ],
      },
    ],
    fees: [{ id: "admin", label: "Policy administration fee", amount: "10.00" }],
    taxes: [{ id: "ipt", label: "Insurance premium tax (12%)", percent: "12" }],
  },
  underwriting: [
    {
      when: { field: "property.property_type", op: "in", value: ["houseboat", "mobile-home"] },
      outcome: "rejected",
      message: "Sorry, we cannot cover houseboats or mobile homes. A specialist insurer may be able to help.",
    },
    {
      when: { field: "property.property_type", op: "eq", value: "other" },
      outcome: "referred",
      message:
        "Thanks for describing your home. One of our underwriters will review it and contact you within two working days.",
    },
    {
      when: { field: "contents.contents_value", op: "gte", value: "75000.00" },
      outcome: "referred",
      message:
        "For contents worth £75,000 or more, one of our underwriters will review your application and contact you within two working days.",
    },
  ],
  documents: homeContentsDocuments,
  product_information: homeContentsProductInformation,
  money_fields: ["contents.contents_value", "contents.high_value_items.value"],
  schedule: [
    {
      heading: "The insured home",
      rows: [
        {
          label: "Address",
          answers: [
            "property.address_line_1",
            "property.address_line_2",
            "property.town",
            "property.postcode",
            "property.country",
          ],
          join: ", ",
        },
        { label: "Type of property", answers: ["property.property_type"] },
        { label: "Front door", answers: ["property.floor"] },
        { label: "Description", answers: ["property.property_description"] },
      ],
    },
    {
      heading: "Your belongings",
      rows: [
        { label: "Total value of contents", answers: ["contents.contents_value"] },
        { each: "contents.high_value_items", label_from: "description", answers: ["category", "value"] },
      ],
    },
  ],
  additional_documents: {
    type: "async_file",
    name: "valuations",
    title: "Receipts or valuations",
    help_text: "For each item worth £1,500 or more: a receipt, or a valuation less than three years old.",
    required: false,
    rules: {
      type: "List",
      accepted_mime_types: ["application/pdf", "image/jpeg", "image/png"],
      max_size: 8 * MB,
      max: 10,
    },
  },
};
