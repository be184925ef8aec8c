import { describe, expect, it } from "vitest";
import { choicesOf, findUnreadable } from "./find-unreadable";

const choices = [
  { value: "road", label: "Road" },
  { value: "standard", label: "Standard cover" },
  { value: "50", label: "£50", field: "Excess" },
  { value: "theft-abroad", label: "Theft abroad" },
  { value: "No", label: "No" }, // a value that is its own label is fine
];

describe("findUnreadable", () => {
  it("finds what people can't read: null, undefined, NaN, objects and ISO dates", () => {
    const text = [
      "Payment null of 56.00 GBP succeeded",
      "Your documents (reference undefined)",
      "Total NaN",
      "Details [object Object]",
      "Cover starts 2026-12-11",
      "Changed at 2026-12-11T10:00:00Z",
    ].join("\n");
    expect(findUnreadable(text)).toEqual([
      'null ("null") in: Payment null of 56.00 GBP succeeded',
      'undefined ("undefined") in: Your documents (reference undefined)',
      'NaN ("NaN") in: Total NaN',
      '[object Object] ("[object Object]") in: Details [object Object]',
      'an ISO date ("2026-12-11") in: Cover starts 2026-12-11',
      'an ISO date ("2026-12-11T10:00:00Z") in: Changed at 2026-12-11T10:00:00Z',
    ]);
  });

  it("finds a choice's bare value on a line or a piece of one, and leaves labels and words alone", () => {
    const text =
      "Bike type\nroad\nLevel of cover: standard\nExtras: Theft abroad, theft-abroad\nExcess\n50\nNo\nExcess 50";
    expect(findUnreadable(text, choices)).toEqual([
      'the bare value "road" (say "Road") in: road',
      'the bare value "standard" (say "Standard cover") in: Level of cover: standard',
      'the bare value "theft-abroad" (say "Theft abroad") in: Extras: Theft abroad, theft-abroad',
      'the bare value "50" (say "£50") in: 50',
      'the bare value "50" (say "£50") in: Excess 50',
    ]);
    expect(findUnreadable("Excess: 50", choices)).toEqual(['the bare value "50" (say "£50") in: Excess: 50']);
    const fine =
      "Bike type\nRoad\nA road bike, standard size\nExcess\n£50\n11 December 2026\nnullify the annulled order";
    expect(findUnreadable(fine, choices)).toEqual([]);
  });

  it("collects every choice of forms and their groups", () => {
    const forms = [
      { fields: [{ choices: [{ value: "a", label: "A" }] }, { fields: [{ choices: [{ value: "b", label: "B" }] }] }] },
      null,
    ];
    expect(choicesOf(forms)).toEqual([
      { value: "a", label: "A", field: "" },
      { value: "b", label: "B", field: "" },
    ]);
  });
});
