import { describe, expect, it } from "vitest";
import { answerText, reviewSections } from "./review";
import { stepIdForTitle, stepPosition, toFieldList } from "./steps";

const sequence = [
  { id: "trip", title: "Your trip" },
  { id: "people", title: "Travellers" },
];

describe("steps", () => {
  it("places a form in the sequence", () => {
    expect(stepPosition(sequence, "people")).toEqual({ index: 1, total: 2, previous: sequence[0] });
    expect(stepPosition(sequence, "trip")?.previous).toBeNull();
    expect(stepPosition(sequence, "otp")).toBeNull();
  });

  it("finds a step by its title and lists answers as fields", () => {
    expect(stepIdForTitle(sequence, " travellers ")).toBe("people");
    expect(stepIdForTitle(sequence, "Other")).toBeNull();
    expect(toFieldList({ a: 1, b: undefined })).toEqual([
      { name: "a", value: 1 },
      { name: "b", value: null },
    ]);
  });
});

describe("review", () => {
  it("orders sections by step and nests group items", () => {
    const sections = reviewSections(
      {
        Travellers: { "Everyone travelling": [{ "Full name": "Ada" }], Passports: [{ id: "f1", name: "p.png" }] },
        "Your trip": { Destination: "Europe", Medical: false },
        Extra: { Note: "" },
      },
      sequence,
    );
    expect(sections.map((s) => [s.title, s.stepId])).toEqual([
      ["Your trip", "trip"],
      ["Travellers", "people"],
      ["Extra", null],
    ]);
    expect(sections[1].rows[0]).toEqual({
      label: "Everyone travelling",
      value: null,
      items: [[{ label: "Full name", value: "Ada" }]],
    });
    expect(sections[1].rows[1]).toEqual({ label: "Passports", value: "p.png" });
    expect(sections[0].rows[1].value).toBe("No");
    expect(sections[2].rows[0].value).toBe("Not given");
  });

  it("writes answers in plain words", () => {
    expect(answerText(["a", "b"])).toBe("a, b");
    expect(answerText([])).toBe("None");
    expect(answerText(3)).toBe("3");
  });
});
