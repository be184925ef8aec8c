import type { ProductInput } from "./definition";
import { MB } from "./choices";
import { travelImage } from "./images/travel";
import { beneficiariesForm, travellersForm } from "./travel/people-forms";
import { travelDocuments, travelProductInformation, travelTerms } from "./travel/texts";
import { leadTravellerForm, tripForm } from "./travel/trip-forms";

export const travel: ProductInput = {
  slug: "travel",
  name: "Travel insurance",
  description: "Single-trip cover for medical emergencies, cancellation and lost luggage, for up to ten travellers.",
  image: travelImage,
  intro: {
    image: travelImage,
    title: "Travel with peace of mind",
    content:
      "Tell us where you are going and who is travelling, and we will give you a price in a couple of minutes. Cover starts the day you leave.",
  },
  terms_and_conditions: travelTerms,
  attachments: {
    terms_and_conditions: "/api/v3/products/travel/attachments/terms_and_conditions/",
    insurance_product_information: "/api/v3/products/travel/attachments/insurance_product_information/",
  },
  forms: [tripForm, leadTravellerForm, travellersForm, beneficiariesForm],
  renewal_form_ids: ["trip", "travellers"],
  otp: { after_form_id: "lead-traveller", email_field: { form_id: "lead-traveller", name: "email" } },
  customer: {
    first_name: { form_id: "lead-traveller", name: "first_name" },
    last_name: { form_id: "lead-traveller", name: "last_name" },
    email: { form_id: "lead-traveller", name: "email" },
    phone: { form_id: "lead-traveller", name: "phone" },
  },
  beneficiaries: {
    group: { form_id: "beneficiaries", name: "beneficiaries" },
    fields: { fullname: "fullname", dob: "dob", mobile: "mobile", email: "email", relationship: "relationship" },
  },
  cover: {
    from: "answers",
    start: { form_id: "trip", name: "start_date" },
    end: { form_id: "trip", name: "end_date" },
  },
  cancellation: { cooling_off_days: 14, fee: "10.00", claim_rule: "none" },
  endorsement: { customer: ["lead-traveller.email", "lead-traveller.phone"], referral: ["trip.medical_conditions"] },
  payment_modes: [{ id: "annual", label: "Pay once" }],
  pricing: {
    currency: "GBP",
    base: { amount: "6.50" },
    factors: [
      { kind: "per_unit", id: "travellers", input: { count: "travellers.travellers" } },
      {
        kind: "table",
        id: "destination",
        input: { field: "trip.destination" },
        table: { uk: "0.6", europe: "1", "worldwide-excluding-americas": "1.8", worldwide: "2.6" },
      },
      {
        kind: "bands",
        id: "trip-length",
        input: { days_between: ["trip.start_date", "trip.end_date"] },
        bands: [
          { up_to: 4, factor: "1" },
          { up_to: 10, factor: "1.5" },
          { up_to: 17, factor: "2.1" },
          { up_to: 31, factor: "3" },
          { up_to: 62, factor: "4.4" },
          { up_to: null, factor: "6" },
        ],
      },
    ],
    fees: [{ id: "admin", label: "Policy administration fee", amount: "3.50" }],
    // Travel insurance bears the higher rate of insurance premium tax.
    taxes: [{ id: "ipt", label: "Insurance premium tax (20%)", percent: "20" }],
  },
  underwriting: [
    {
      when: { field: "trip.medical_conditions", op: "eq", value: "yes" },
      outcome: "referred",
      message:
        "Because someone travelling has a medical condition, one of our underwriters will review your application and contact you within two working days.",
    },
  ],
  documents: travelDocuments,
  product_information: travelProductInformation,
  schedule: [
    {
      heading: "Your trip",
      rows: [
        { label: "Departure date", answers: ["trip.start_date"] },
        { label: "Return date", answers: ["trip.end_date"] },
        { label: "Destination", answers: ["trip.destination"] },
      ],
    },
  ],
  insured: [
    { role: "Traveller", each: "travellers.travellers", name: "full_name", details: ["date_of_birth"] },
    {
      role: "Beneficiary (not travelling)",
      each: "beneficiaries.beneficiaries",
      name: "fullname",
      details: ["relationship", "dob"],
    },
  ],
  additional_documents: {
    type: "async_file",
    name: "booking_confirmation",
    title: "Booking confirmation",
    help_text: "Your flight or holiday booking, so we can handle any cancellation claim quickly.",
    required: true,
    rules: {
      type: "List",
      accepted_mime_types: ["application/pdf", "image/jpeg", "image/png"],
      max_size: 5 * MB,
      min: 1,
      max: 3,
    },
  },
};
