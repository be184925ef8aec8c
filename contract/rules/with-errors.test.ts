import { describe, expect, it } from "vitest";
import type { Field } from "../form";
import { ctx, field } from "./test-fields";
import { validateForm } from "./validate-form";
import { formValues, withErrors } from "./with-errors";

const form = {
  form_id: "form_1",
  form_name: "Your details",
  form_type: "form" as const,
  errors: ["stale"],
  fields: [
    field("content", { name: "intro", content: "Hello", errors: ["stale"] }),
    field("text", { name: "name", title: "Full name", required: true, errors: ["stale"] }),
    field("checkbox", { name: "has_pet", title: "I have a pet" }),
    field("text", { name: "pet", title: "Pet name", required: true, show_if: { field: "has_pet", equals: true } }),
    field("hidden", { name: "ref", value: "r1" }),
    field("group", {
      name: "people",
      title: "People",
      rules: { max: 1 },
      fields: [field("text", { name: "name", title: "Name", required: true })],
    }),
  ] as Field[],
};

describe("withErrors", () => {
  const answers = { name: "", pet: "Rex", ref: "tampered", people: [{}, { name: "Bo" }] };
  const echo = withErrors(form, answers, validateForm(form, answers, ctx));

  it("keeps the form's own keys and sets form errors", () => {
    expect(echo).toMatchObject({ form_id: "form_1", form_name: "Your details", form_type: "form", errors: [] });
  });

  it.each([
    ["intro", { type: "content", content: "Hello" }],
    ["name", { value: "", errors: ["Enter full name."] }],
    ["has_pet", { value: null }],
    ["pet", { value: "Rex" }],
    ["ref", { value: "r1" }],
    [
      "people",
      {
        value: [{}, { name: "Bo" }],
        errors: ["People can have at most 1 item."],
        item_errors: [{ index: 0, name: "name", errors: ["Enter name."] }],
      },
    ],
  ])("echoes field %s", (name, expected) => {
    const echoed = echo.fields.find((f) => f.name === name)!;
    expect(echoed).toMatchObject(expected);
    if (!("errors" in expected)) expect(echoed).not.toHaveProperty("errors");
    if (!("item_errors" in expected)) expect(echoed).not.toHaveProperty("item_errors");
  });

  it("gives item errors in the contract's shape", () => {
    expect(echo.fields[5].item_errors).toEqual([{ index: 0, name: "name", errors: ["Enter name."] }]);
  });

  it("does not change the definition", () => {
    expect(form.fields[1].errors).toEqual(["stale"]);
  });

  it("carries form errors", () => {
    const result = validateForm(form, "nonsense" as never, ctx);
    expect(withErrors(form, "nonsense" as never, result).errors).toEqual([
      "The answers could not be read. Please try again.",
    ]);
  });
});

it("formValues reads each field's value, skipping content", () => {
  const filled = {
    fields: [
      field("content", { name: "intro", value: "x" }),
      field("text", { name: "name", value: "Ann" }),
      field("multiselect", { name: "extras", value: ["a"] }),
      field("number", { name: "age" }),
    ],
  };
  expect(formValues(filled)).toEqual({ name: "Ann", extras: ["a"], age: null });
});
