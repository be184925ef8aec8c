/** The demo products' journeys as tables: each step's main heading and the answers, by the labels a person sees. */

export const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

export type Answer =
  | { fill: string; with: string } // text, email, phone, number, decimal, date (ISO), textarea
  | { choose: string; option: string } // radio: the question, then the option's label
  | { select: string; option: string } // select: the question, then the option's label
  | { tick: string; options: string[] } // multiselect
  | { check: string; on: boolean } // checkbox
  | { upload: string; files: string[] } // async_file: PNGs made by the fixtures
  | { group: string; items: Answer[][] }; // repeating group: one answer list per item

export type Step =
  | { kind: "form"; heading: string; answers: Answer[] }
  | { kind: "otp"; heading: string; email: string }
  | { kind: "display"; heading: string };

export type Journey = { slug: string; name: string; intro: string | null; steps: Step[] };

/** An address of our own per test, so codes in the outbox never mix. */
export const uniqueEmail = (who: string) =>
  `${who}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

export function travel(email: string): Journey {
  return {
    slug: "travel",
    name: "Travel insurance",
    intro: "Travel with peace of mind",
    steps: [
      {
        kind: "form",
        heading: "Your trip",
        answers: [
          { fill: "Departure date", with: day(10) },
          { fill: "Return date", with: day(20) },
          { select: "Where are you going?", option: "Europe" },
          { choose: "Has anyone travelling been treated for a medical condition in the last two years?", option: "No" },
        ],
      },
      {
        kind: "form",
        heading: "Lead traveller",
        answers: [
          { fill: "First name", with: "Ada" },
          { fill: "Last name", with: "Lovelace" },
          { fill: "Email address", with: email },
          { fill: "Mobile number", with: "+447700900123" },
        ],
      },
      { kind: "otp", heading: "Check your email", email },
      {
        kind: "form",
        heading: "Travellers",
        answers: [
          {
            group: "Everyone travelling",
            items: [
              [
                { fill: "Full name", with: "Ada Lovelace" },
                { fill: "Date of birth", with: "1990-05-01" },
                { fill: "Passport number", with: "AB1234567" },
              ],
            ],
          },
          { upload: "Passport photo pages", files: ["passport.png"] },
        ],
      },
      {
        kind: "form",
        heading: "Beneficiaries",
        answers: [
          {
            group: "Beneficiaries",
            items: [
              [
                { fill: "Full name", with: "Byron Lovelace" },
                { fill: "Date of birth", with: "1960-01-01" },
                { fill: "Mobile number", with: "+447700900456" },
                { select: "Relationship to you", option: "Parent" },
              ],
            ],
          },
        ],
      },
    ],
  };
}

export const bikeAnswers = (overrides: { value?: string; claims?: string } = {}): Answer[] => [
  { fill: "Make", with: "Brompton" },
  { fill: "Model", with: "C Line" },
  { fill: "What is the bike worth?", with: overrides.value ?? "1500.00" },
  { choose: "What kind of bike is it?", option: "Hybrid or commuter" },
  { fill: "Frame number", with: "ABC12345" },
  { fill: "How many bicycle insurance claims have you made in the last 3 years?", with: overrides.claims ?? "0" },
  { fill: "When should cover start?", with: day(1) },
];

export function bicycle(email: string): Journey {
  return {
    slug: "bicycle",
    name: "Bicycle insurance",
    intro: "Keep on riding",
    steps: [
      { kind: "form", heading: "Your bicycle", answers: bikeAnswers() },
      {
        kind: "form",
        heading: "Your cover",
        answers: [
          { choose: "Level of cover", option: "Premium: adds new-for-old and cover for your kit" },
          { select: "Excess", option: "£100" },
          { tick: "Optional extras", options: ["Theft abroad (up to 60 days a year)"] },
        ],
      },
      { kind: "display", heading: "Before you continue" },
      {
        kind: "form",
        heading: "About you",
        answers: [
          { fill: "First name", with: "Grace" },
          { fill: "Last name", with: "Hopper" },
          { fill: "Date of birth", with: "1980-12-09" },
          { fill: "Email address", with: email },
          { fill: "Home postcode", with: "SW1A 1AA" },
        ],
      },
    ],
  };
}

export function homeContents(email: string): Journey {
  return {
    slug: "home-contents",
    name: "Home contents insurance",
    intro: null, // blank intro: straight to the first step
    steps: [
      {
        kind: "form",
        heading: "Your home",
        answers: [
          { fill: "Address line 1", with: "1 Acacia Avenue" },
          { fill: "Town or city", with: "Bristol" },
          { fill: "Postcode", with: "BS1 4DJ" },
          { select: "What type of property is it?", option: "Flat" },
          { select: "Which floor is your front door on?", option: "First floor" },
        ],
      },
      {
        kind: "form",
        heading: "Your belongings",
        answers: [
          { fill: "Total value of your contents", with: "30000.00" },
          {
            group: "Items worth £1,500 or more",
            items: [
              [
                { fill: "Description", with: "Engagement ring" },
                { select: "Category", option: "Jewellery" },
                { fill: "Value", with: "2500.00" },
              ],
            ],
          },
          { upload: "Photos of your main rooms", files: ["lounge.png", "kitchen.png"] },
        ],
      },
      {
        kind: "form",
        heading: "About you",
        answers: [
          { fill: "First name", with: "Alan" },
          { fill: "Last name", with: "Turing" },
          { fill: "Date of birth", with: "1970-06-23" },
          { fill: "Email address", with: email },
          { fill: "Phone number", with: "+447700900789" },
          {
            check:
              "I confirm that what I have told you is true and complete, and that nobody living with me has a criminal conviction that is not spent",
            on: true,
          },
        ],
      },
    ],
  };
}

/** The confirmation form's boxes (the server's wording). */
export const CONFIRMATION = [
  "The information I have given is true and complete",
  "I have read and accept the terms and conditions",
];

export const CARDS = { good: "4242 4242 4242 4242", declined: "4000 0000 0000 0002" };
