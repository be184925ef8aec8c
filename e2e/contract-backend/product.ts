import type { FormDef } from "./types";

/** The one product of this vendor, as data: pet cover sold in euros. */

export const SLUG = "pawsure-pet";
export const PRODUCT_NAME = "Pet cover";
export const CURRENCY = "EUR";
/** The sandbox's one-time code: every applicant gets this one (nothing is emailed). */
export const SANDBOX_CODE = "246810";
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export const SUMMARY = {
  slug: SLUG,
  name: PRODUCT_NAME,
  description: "Vet bills for dogs, cats and rabbits, up to €5,000 a year.",
  image: null,
};

const petProfile: FormDef = {
  form_id: "pet-profile",
  form_name: "Your pet",
  form_type: "form",
  description: "Tell us who we would be looking after.",
  fields: [
    {
      type: "content",
      name: "pet_intro",
      title: "",
      required: false,
      content: "One pet per policy. Add a second pet afterwards.",
    },
    {
      type: "text",
      name: "pet_name",
      title: "Pet's name",
      required: true,
      help_text: "Letters, spaces, apostrophes and hyphens.",
      rules: { min_length: 2, max_length: 30, pattern: "[A-Za-z][A-Za-z '\\-]*" },
    },
    {
      type: "radio",
      name: "species",
      title: "Which animal is it?",
      required: true,
      choices: [
        { value: "dog", label: "Dog" },
        { value: "cat", label: "Cat" },
        { value: "rabbit", label: "Rabbit" },
      ],
    },
    {
      type: "select",
      name: "breed_group",
      title: "Breed group",
      required: true,
      show_if: { field: "species", in: ["dog", "cat"] },
      choices: [
        { value: "pedigree", label: "Pedigree" },
        { value: "cross", label: "Crossbreed" },
        { value: "unknown", label: "Not sure" },
      ],
    },
    {
      type: "date",
      name: "pet_birth_date",
      title: "Date of birth",
      required: true,
      rules: { min_date: "-30y", max_date: "today" },
    },
    {
      type: "decimal",
      name: "weight_kg",
      title: "Weight in kilograms",
      required: true,
      rules: { min: "0.1", max: "120.0", decimal_places: 1 },
    },
    { type: "signature_pad", name: "paw_print", title: "Paw print", required: false },
    { type: "hidden", name: "sales_channel", title: "", required: false, value: "pawsure-web" },
  ],
};

const vetHistory: FormDef = {
  form_id: "vet-history",
  form_name: "Vet history",
  form_type: "form",
  description: "What the vet has seen in the last year.",
  fields: [
    {
      type: "number",
      name: "vet_visits",
      title: "Vet visits in the last 12 months",
      required: true,
      rules: { min: 0, max: 50 },
    },
    {
      type: "multiselect",
      name: "conditions",
      title: "Known conditions",
      required: true,
      rules: { min: 1, max: 3 },
      choices: [
        { value: "allergy", label: "Allergies" },
        { value: "joints", label: "Joint problems" },
        { value: "skin", label: "Skin problems" },
        { value: "teeth", label: "Dental problems" },
        { value: "none", label: "None of these" },
      ],
    },
    {
      type: "group",
      name: "vaccinations",
      title: "Vaccinations",
      required: true,
      rules: { min: 1, max: 4 },
      fields: [
        {
          type: "select",
          name: "vaccine",
          title: "Vaccine",
          required: true,
          choices: [
            { value: "rabies", label: "Rabies" },
            { value: "distemper", label: "Distemper" },
            { value: "lepto", label: "Leptospirosis" },
            { value: "myxo", label: "Myxomatosis" },
          ],
        },
        // No max_date: a date in the future is refused by the server only.
        { type: "date", name: "given_on", title: "Date given", required: true, rules: { min_date: "-30y" } },
      ],
    },
    {
      type: "textarea",
      name: "vet_notes",
      title: "Anything else the vet told you",
      required: false,
      rules: { max_length: 500 },
    },
    {
      type: "async_file",
      name: "vet_records",
      title: "Vaccination card",
      required: true,
      help_text: "A photo or scan, PNG or JPEG, up to 2 MB each.",
      rules: {
        type: "List",
        accepted_mime_types: ["image/png", "image/jpeg"],
        min: 1,
        max: 3,
        max_size: MAX_UPLOAD_BYTES,
      },
    },
  ],
};

const keeper: FormDef = {
  form_id: "keeper",
  form_name: "The keeper",
  form_type: "form",
  description: "The person the policy belongs to.",
  fields: [
    {
      type: "text",
      name: "keeper_name",
      title: "Keeper's full name",
      required: true,
      rules: { min_length: 3, max_length: 80 },
    },
    { type: "email", name: "keeper_email", title: "Keeper's email", required: true },
    { type: "phone", name: "keeper_phone", title: "Keeper's mobile", required: true, placeholder: "+353851234567" },
    {
      type: "date",
      name: "cover_from",
      title: "Cover from",
      required: true,
      rules: { min_date: "today", max_date: "+60d" },
    },
    { type: "checkbox", name: "registered_keeper", title: "I am the pet's registered keeper", required: true },
    { type: "checkbox", name: "newsletter", title: "Send me pet care tips", required: false },
  ],
};

const emailCheck: FormDef = {
  form_id: "email-check",
  form_name: "Email check",
  form_type: "otp",
  description: `We sent a code to the keeper's email. This is a sandbox: the code is always ${SANDBOX_CODE}.`,
  fields: [{ type: "text", name: "code", title: "Six-digit code", required: true, rules: { pattern: "\\d{6}" } }],
};

export const DECLARATION: FormDef = {
  form_id: "declaration",
  form_name: "Declaration",
  form_type: "confirmation",
  description: "",
  fields: [{ type: "checkbox", name: "truthful", title: "I declare these answers are true", required: true }],
};

export const FORMS: FormDef[] = [petProfile, vetHistory, keeper, emailCheck];

export const META = {
  name: PRODUCT_NAME,
  intro: {
    image: null,
    title: "Cover for the ones who can't ask",
    content: "Vet bills up to €5,000 a year, for dogs, cats and rabbits. Four short steps.",
  },
  terms_and_conditions: {
    short: "Illness and injury cover; conditions known before the start date are excluded.",
    long: "Pawsure pet cover pays vet fees for illness and injury after the start date, up to €5,000 a year.",
  },
  attachments: {},
  form_sequence: FORMS.map((f) => ({ id: f.form_id, title: f.form_name })),
  renewal_form_sequence: [],
};

/** Shown between the vet history and the keeper's step. */
export const PRE_EXISTING_NOTICE = {
  title: "About earlier conditions",
  content: "Conditions a vet saw before cover starts are not covered. Everything else is, from the first day.",
  redirect_to: null,
};

const BASE_CENTS: Record<string, number> = { dog: 8400, cat: 6600, rabbit: 3900 };
const TAX_PERCENT = 9;

export function priceFor(species: unknown) {
  const base = BASE_CENTS[String(species)] ?? BASE_CENTS.dog;
  const tax = Math.round((base * TAX_PERCENT) / 100);
  const money = (cents: number) => (cents / 100).toFixed(2);
  return { currency: CURRENCY, policy_price: money(base), tax_amount: money(tax), total_price: money(base + tax) };
}
