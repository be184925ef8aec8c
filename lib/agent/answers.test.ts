import { describe, expect, it } from "vitest";
import { formSchema } from "@/contract/form";
import { answerSections } from "@/lib/account/answers";
import { customerEmail, type AnswerForms } from "./answers";

const sequence = [
  { id: "bike", title: "Your bike" },
  { id: "quote", title: "Your cover" },
  { id: "owner", title: "About you" },
];
const formData = {
  owner: { first_name: "Grace", email: "grace@example.com" },
  bike: { bike_type: "road", purchase_date: "2025-02-03", riders: [{ name: "Ada", kind: "adult" }] },
  quote: { tier: "standard", excess: "50", perils: ["theft_abroad"] },
};
const forms = {
  bike: formSchema.parse({
    form_id: "bike",
    fields: [
      { type: "content", name: "intro", content: "About the bike" },
      {
        type: "radio",
        name: "bike_type",
        title: "What kind of bike is it?",
        choices: [{ value: "road", label: "Road" }],
      },
      { type: "date", name: "purchase_date", title: "When did you buy it?" },
      {
        type: "group",
        name: "riders",
        title: "Who rides it",
        fields: [
          { type: "text", name: "name", title: "Name" },
          { type: "select", name: "kind", title: "Rider", choices: [{ value: "adult", label: "An adult" }] },
        ],
      },
    ],
  }),
  quote: formSchema.parse({
    form_id: "quote",
    fields: [
      {
        type: "radio",
        name: "tier",
        title: "Level of cover",
        choices: [{ value: "standard", label: "Standard: adds malicious damage" }],
      },
      { type: "radio", name: "excess", title: "Excess", choices: [{ value: "50", label: "£50" }] },
      {
        type: "multiselect",
        name: "perils",
        title: "Extras",
        choices: [{ value: "theft_abroad", label: "Theft abroad" }],
      },
    ],
  }),
};

// The console writes answers with the account's answerSections, from the forms the backend serves.
const agentAnswerSections = (data: Record<string, unknown>, steps: typeof sequence, byId: AnswerForms) =>
  answerSections(data, steps, {}, { forms: Object.values(byId) });

describe("answers in the console", () => {
  it("labels every answer by its field's title and writes choices by their labels, in the product's order", () => {
    const sections = agentAnswerSections(formData, sequence, forms);
    expect(sections.map((s) => s.title)).toEqual(["Your bike", "Your cover", "About you"]);
    expect(sections[0].rows).toEqual([
      { label: "What kind of bike is it?", value: "Road" },
      { label: "When did you buy it?", value: "3 February 2025" },
      {
        label: "Who rides it",
        value: null,
        items: [
          [
            { label: "Name", value: "Ada" },
            { label: "Rider", value: "An adult" },
          ],
        ],
      },
    ]);
    expect(sections[1].rows).toEqual([
      { label: "Level of cover", value: "Standard: adds malicious damage" },
      { label: "Excess", value: "£50" },
      { label: "Extras", value: "Theft abroad" },
    ]);
  });

  it("falls back to readable keys and values for a form the backend didn't serve", () => {
    const [, , owner] = agentAnswerSections(formData, sequence, forms);
    expect(owner.rows).toEqual([
      { label: "First name", value: "Grace" },
      { label: "Email", value: "grace@example.com" },
    ]);
    const [bike] = agentAnswerSections(formData, sequence, {});
    expect(bike.rows[0]).toEqual({ label: "Bike type", value: "Road" });
    expect(bike.rows[1]).toEqual({ label: "Purchase date", value: "3 February 2025" });
  });
});

describe("customerEmail", () => {
  const ownerForm = formSchema.parse({
    form_id: "owner",
    fields: [{ type: "email", name: "contact", title: "Email address" }],
  });

  it("is the answer to an email field of the forms", () => {
    expect(customerEmail({ owner: { contact: "ada@example.com" } }, sequence, { owner: ownerForm })).toBe(
      "ada@example.com",
    );
  });

  it("without the forms, is an answer named email; none when there is none", () => {
    expect(customerEmail(formData, sequence, {})).toBe("grace@example.com");
    expect(customerEmail({ owner: { first_name: "Grace", email: "" } }, sequence, {})).toBeNull();
    expect(customerEmail({ owner: { contact: "" } }, sequence, { owner: ownerForm })).toBeNull();
    // A beneficiary's email inside a group is not the customer's.
    expect(customerEmail({ owner: { people: [{ email: "b@example.com" }] } }, sequence, {})).toBeNull();
  });
});
