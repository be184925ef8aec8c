import { expect, it } from "vitest";
import { ctx, field } from "./test-fields";
import { validateForm } from "./validate-form";

const relation = [
  { value: "child", label: "Child" },
  { value: "other", label: "Other" },
];
const beneficiaries = field("group", {
  name: "beneficiaries",
  title: "Beneficiaries",
  rules: { min: 1, max: 2 },
  fields: [
    field("text", { name: "name", title: "Full name", required: true }),
    field("select", { name: "relation", title: "Relationship", required: true, choices: relation }),
    field("text", {
      name: "relation_other",
      title: "Other relationship",
      required: true,
      show_if: { field: "relation", equals: "other" },
    }),
    field("decimal", { name: "share", title: "Share", rules: { max: "100", decimal_places: 2 } }),
    field("hidden", { name: "kind", value: "person" }),
    field("content", { name: "note", content: "Shares should add up to 100." }),
  ],
});
const form = { fields: [beneficiaries] };
const ann = { name: "Ann", relation: "child", share: "60" };
const annOut = { name: "Ann", relation: "child", share: "60.00", kind: "person" };

it.each([
  [
    "valid items are pruned and normalised per item",
    [{ ...ann, relation_other: "x", extra: 1, kind: "robot", note: "n" }],
    { beneficiaries: [annOut] },
    {},
    [],
  ],
  [
    "show_if inside an item refers to that item",
    [ann, { name: "Bo", relation: "other", relation_other: " Godson " }],
    {
      beneficiaries: [annOut, { name: "Bo", relation: "other", relation_other: "Godson", share: null, kind: "person" }],
    },
    {},
    [],
  ],
  [
    "item errors carry 0-based indexes",
    [ann, { relation: "other", share: "100.5" }],
    undefined,
    {},
    [
      { group: "beneficiaries", index: 1, name: "name", errors: ["Enter full name."] },
      { group: "beneficiaries", index: 1, name: "relation_other", errors: ["Enter other relationship."] },
      { group: "beneficiaries", index: 1, name: "share", errors: ["Share must be at most 100.00."] },
    ],
  ],
  ["too many items", [ann, ann, ann], undefined, { beneficiaries: ["Beneficiaries can have at most 2 items."] }, []],
  ["min applies once there are items", [], { beneficiaries: [] }, {}, []],
  [
    "not a list",
    { name: "Ann" },
    { beneficiaries: { name: "Ann" } },
    { beneficiaries: ["Beneficiaries must be a list of items, each a set of answers."] },
    [],
  ],
  [
    "an item that is not an object",
    [ann, "Bo"],
    { beneficiaries: [annOut, "Bo"] },
    { beneficiaries: ["Beneficiaries must be a list of items, each a set of answers."] },
    [],
  ],
])("%s", (_label, posted, values, fieldErrors, itemErrors) => {
  const result = validateForm(form, { beneficiaries: posted }, ctx);
  if (values) expect(result.values).toEqual(values);
  expect(result.fieldErrors).toEqual(fieldErrors);
  expect(result.itemErrors).toEqual(itemErrors);
  expect(result.ok).toBe(Object.keys(fieldErrors).length === 0 && itemErrors.length === 0);
});

it.each([
  ["required and missing", undefined, ["Add at least one item to beneficiaries."]],
  ["required and empty", [], ["Add at least one item to beneficiaries."]],
  ["too few", [ann], ["Add at least 2 items to beneficiaries."]],
])("required group: %s", (_label, posted, errors) => {
  const required = field("group", { ...beneficiaries, required: true, rules: { min: 2 } });
  expect(validateForm({ fields: [required] }, { beneficiaries: posted }, ctx).fieldErrors).toEqual({
    beneficiaries: errors,
  });
});

it("keeps each group's item errors apart", () => {
  const pets = field("group", {
    name: "pets",
    title: "Pets",
    fields: [field("text", { name: "name", title: "Pet name", required: true })],
  });
  const result = validateForm(
    { fields: [beneficiaries, pets] },
    { beneficiaries: [{ relation: "child" }], pets: [{ name: "Rex" }, {}] },
    ctx,
  );
  expect(result.itemErrors).toEqual([
    { group: "beneficiaries", index: 0, name: "name", errors: ["Enter full name."] },
    { group: "pets", index: 1, name: "name", errors: ["Enter pet name."] },
  ]);
});

it("does not validate a group hidden by show_if", () => {
  const hidden = { ...beneficiaries, required: true, show_if: { field: "has_beneficiaries", equals: true } };
  const tick = field("checkbox", { name: "has_beneficiaries", title: "Add beneficiaries" });
  const result = validateForm({ fields: [tick, hidden] }, { beneficiaries: [{}] }, ctx);
  expect(result).toEqual({
    ok: true,
    values: { has_beneficiaries: false },
    fieldErrors: {},
    itemErrors: [],
    formErrors: [],
  });
});
