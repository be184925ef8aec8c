import { describe, expect, it } from "vitest";
import { answerLanguageIn } from "@/lib/i18n/answer-words";
import { answerSections } from "./answers";

const sequence = [
  { id: "bike", title: "Your bicycle" },
  { id: "owner", title: "About you" },
];

describe("answerSections", () => {
  it("with the step's form: its order, its titles, nothing from fields that hold no answer, then the rest", () => {
    const form = {
      form_id: "bike",
      form_name: "Your bicycle",
      fields: [
        { type: "content", name: "intro", title: "About the bike" },
        { type: "text", name: "make", title: "Make" },
        { type: "hidden", name: "source", title: "Source" },
        { type: "date", name: "bought", title: "When did you buy it?" },
      ],
    };
    const [bike] = answerSections(
      { bike: { bought: "2025-02-03", source: "web", promo: "SPRING", make: "Brompton", intro: "x" } },
      sequence,
      {},
      { forms: [form] },
    );
    expect(bike.rows).toEqual([
      { label: "Make", value: "Brompton" },
      { label: "When did you buy it?", value: "3 February 2025" },
      { label: "Promo", value: "SPRING" },
    ]);
  });

  it("orders steps as the product does, titles them, and writes answers plainly", () => {
    const sections = answerSections(
      {
        owner: { first_name: "Dana", date_of_birth: "1990-05-01", marketing: false },
        bike: { make: "Brompton", perils: ["theft-abroad", "kit"] },
        additional_documents: { proof_of_purchase: [{ id: "r1", name: "receipt.png" }] },
      },
      sequence,
    );
    expect(sections.map((s) => s.title)).toEqual(["Your bicycle", "About you", "Additional documents"]);
    expect(sections[0].rows).toEqual([
      { label: "Make", value: "Brompton" },
      { label: "Perils", value: "Theft abroad, Kit" },
    ]);
    expect(sections[1].rows).toEqual([
      { label: "First name", value: "Dana" },
      { label: "Date of birth", value: "1 May 1990" },
      { label: "Marketing", value: "No" },
    ]);
    expect(sections[2].rows).toEqual([{ label: "Proof of purchase", value: "receipt.png" }]);
  });

  it("labels group items too, uses known field titles, and gathers loose answers", () => {
    const [people, other] = answerSections({ people: { travellers: [{ full_name: "Ada" }] }, promo: "SPRING" }, [], {
      full_name: "Full name",
    });
    expect(people.title).toBe("People");
    expect(people.rows[0].items).toEqual([[{ label: "Full name", value: "Ada" }]]);
    expect(other).toEqual({ id: "other", title: "Other answers", rows: [{ label: "Promo", value: "SPRING" }] });
  });

  it("writes codes by their labels and money with its symbol when the forms are known", () => {
    const forms = [
      {
        form_id: "bike",
        form_name: "Your bicycle",
        fields: [
          { type: "radio", name: "bike_type", title: "Bike type", choices: [{ value: "road", label: "Road" }] },
          { type: "decimal", name: "value", title: "Value", rules: { decimal_places: 2 } },
          { type: "date", name: "start_date", title: "Start" },
        ],
      },
    ];
    const [bike] = answerSections(
      { bike: { bike_type: "road", value: "1500.00", start_date: "2026-12-11" } },
      sequence,
      {},
      {
        forms,
        currency: "GBP",
      },
    );
    expect(bike.rows).toEqual([
      { label: "Bike type", value: "Road" },
      { label: "Value", value: "£1,500.00" },
      { label: "Start", value: "11 December 2026" },
    ]);
  });

  it("prefers the backend's own wording (submitted_data) when it sends it", () => {
    const [bike] = answerSections(
      { bike: { tier: "standard" } },
      sequence,
      {},
      {
        submitted: { "Your bicycle": { "Level of cover": "Standard cover" } },
      },
    );
    expect(bike).toMatchObject({
      id: "bike",
      title: "Your bicycle",
      rows: [{ label: "Level of cover", value: "Standard cover" }],
    });
  });

  it("in Arabic: yes, no, nothing, dates and a person's details in the page's words", () => {
    const [owner, other] = answerSections(
      {
        owner: {
          smoker: false,
          cyclist: true,
          nickname: "",
          born: "1990-05-04",
          partner: { fullname: "Huda", ok: true },
        },
        loose: null,
      },
      sequence,
      {},
      { language: answerLanguageIn("ar"), otherTitle: "إجابات أخرى" },
    );
    expect(owner.rows.map((r) => r.value)).toEqual(["لا", "نعم", "لم تُقدَّم", "4 مايو 1990", "Fullname: Huda; Ok: نعم"]);
    expect(other).toEqual({ id: "other", title: "إجابات أخرى", rows: [{ label: "Loose", value: "لم تُقدَّم" }] });
  });
});
