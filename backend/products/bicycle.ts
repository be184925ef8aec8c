import type { ProductInput } from "./definition";
import { bikeForm } from "./bicycle/bike-form";
import { ownerForm } from "./bicycle/owner-form";
import { quoteForm } from "./bicycle/quote-form";
import { bicycleDocuments, bicycleProductInformation, bicycleTerms } from "./bicycle/texts";
import { MB } from "./choices";
import { bicycleImage } from "./images/bicycle";

export const bicycle: ProductInput = {
  slug: "bicycle",
  name: "Bicycle insurance",
  description:
    "Theft and damage cover for bikes and e-bikes worth up to £15,000, with the excess and extras you choose.",
  image: bicycleImage,
  intro: {
    image: bicycleImage,
    title: "Keep on riding",
    content:
      "Cover for your bike at home and out on the road. Choose your level of cover and excess, and see the price change as you go.",
  },
  terms_and_conditions: bicycleTerms,
  attachments: {
    terms_and_conditions: "/api/v3/products/bicycle/attachments/terms_and_conditions/",
    insurance_product_information: "/api/v3/products/bicycle/attachments/insurance_product_information/",
  },
  forms: [bikeForm, quoteForm, ownerForm],
  renewal_form_ids: ["bike", "quote"],
  customer: {
    first_name: { form_id: "owner", name: "first_name" },
    last_name: { form_id: "owner", name: "last_name" },
    email: { form_id: "owner", name: "email" },
    phone: { form_id: "owner", name: "phone" },
  },
  cover: { from: "term", start: { form_id: "bike", name: "start_date" }, months: 12 },
  cancellation: { cooling_off_days: 14, fee: "25.00", claim_rule: "claim_free" },
  // Contact details and the optional extras are the customer's to change; a claims history needs an underwriter.
  endorsement: {
    customer: ["owner.email", "owner.phone", "owner.postcode", "quote.perils"],
    referral: ["bike.claims"],
  },
  payment_modes: [
    { id: "annual", label: "Pay once" },
    { id: "monthly", label: "Pay monthly", installments: 12 },
  ],
  pricing: {
    currency: "GBP",
    base: { input: { field: "bike.value" }, rate: "0.05" },
    factors: [
      {
        kind: "table",
        id: "bike-type",
        input: { field: "bike.bike_type" },
        table: { road: "1", mountain: "1.1", hybrid: "0.9", electric: "1.3", cargo: "1.2" },
      },
      {
        kind: "bands",
        id: "claims",
        input: { field: "bike.claims" },
        bands: [
          { up_to: 0, factor: "1" },
          { up_to: 1, factor: "1.2" },
          { up_to: 2, factor: "1.4" },
          { up_to: null, factor: "1.75" },
        ],
      },
      // Defaults price the quote before its options are chosen (the v3 "defaultConfig").
      {
        kind: "table",
        id: "tier",
        input: { field: "quote.tier" },
        table: { essential: "0.85", standard: "1", premium: "1.25" },
        default: "standard",
      },
      {
        kind: "table",
        id: "excess",
        input: { field: "quote.excess" },
        table: { "0": "1.15", "50": "1", "100": "0.9", "250": "0.75" },
        default: "50",
      },
    ],
    loadings: {
      field: "quote.perils",
      percent: { "theft-abroad": "10", "accidental-damage": "15", racing: "25", accessories: "5" },
    },
    minimum_premium: "25.00",
    fees: [{ id: "admin", label: "Policy administration fee", amount: "5.00" }],
    taxes: [{ id: "ipt", label: "Insurance premium tax (12%)", percent: "12" }],
  },
  underwriting: [
    {
      when: { field: "bike.claims", op: "gt", value: 2 },
      outcome: "referred",
      message:
        "Because of your claims history, one of our underwriters will review your application and contact you within two working days.",
    },
    {
      when: { field: "bike.value", op: "gt", value: "15000.00" },
      outcome: "rejected",
      message: "Sorry, we can only cover bikes worth up to £15,000. A specialist broker may be able to help.",
    },
  ],
  documents: bicycleDocuments,
  product_information: bicycleProductInformation,
  money_fields: ["bike.value"],
  schedule: [
    {
      heading: "Your bicycle",
      rows: [
        { label: "Make and model", answers: ["bike.make", "bike.model"] },
        { label: "Type", answers: ["bike.bike_type"] },
        { label: "Frame number", answers: ["bike.frame_number"] },
        { label: "Value insured", answers: ["bike.value"] },
      ],
    },
    {
      heading: "Your cover",
      rows: [
        { label: "Level of cover", answers: ["quote.tier"] },
        { label: "Excess", answers: ["quote.excess"] },
        { label: "Optional extras", answers: ["quote.perils"] },
      ],
    },
  ],
  additional_documents: {
    type: "async_file",
    name: "proof_of_purchase",
    title: "Proof of purchase",
    help_text: "A receipt or invoice showing the bike's make, model and price. We need it before we can pay a claim.",
    required: true,
    rules: {
      type: "List",
      accepted_mime_types: ["image/jpeg", "image/png", "application/pdf"],
      max_size: 10 * MB,
      min: 1,
      max: 3,
    },
  },
};
