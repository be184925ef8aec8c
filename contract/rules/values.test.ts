import { describe, expect, it } from "vitest";
import { FIELD_TYPES } from "../form";
import { emptyValue, isEmptyValue } from "./empty";
import { fromInput } from "./from-input";
import { fieldRules } from "./registry";
import { ctx, field } from "./test-fields";
import { validateField } from "./validate-field";

describe("isEmptyValue", () => {
  it.each([
    [null, true],
    [undefined, true],
    ["", true],
    ["  \n", true],
    [[], true],
    [0, false],
    [false, false],
    ["a", false],
    [[null], false],
    [{}, false],
  ])("%j -> %s", (value, expected) => {
    expect(isEmptyValue(value)).toBe(expected);
  });
});

describe("emptyValue", () => {
  it.each([
    ["text", ""],
    ["textarea", ""],
    ["email", ""],
    ["phone", ""],
    ["number", null],
    ["decimal", null],
    ["date", null],
    ["select", null],
    ["radio", null],
    ["multiselect", []],
    ["async_file", []],
    ["group", []],
    ["checkbox", false],
    ["content", null],
    ["mystery", null],
  ])("%s -> %j", (type, expected) => {
    expect(emptyValue(field(type))).toEqual(expected);
  });

  it("hidden gives the definition's value", () => {
    expect(emptyValue(field("hidden", { value: "x" }))).toBe("x");
  });
});

describe("fromInput", () => {
  it.each([
    ["number", "12", 12],
    ["number", " 1,200 ", 1200],
    ["number", "", null],
    ["number", "1.5", "1.5"],
    ["decimal", "1,200.50", "1200.50"],
    ["decimal", "", null],
    ["decimal", 7, "7"],
    ["phone", "+44 7700-900 (123)", "+447700900123"],
    ["text", "  Ann  ", "Ann"],
    ["text", "   ", ""],
    ["email", " a@b.co ", "a@b.co"],
    ["checkbox", true, true],
    ["checkbox", "on", true],
    ["checkbox", undefined, false],
    ["select", "", null],
    ["radio", " plus ", "plus"],
    ["date", "2026-11-23", "2026-11-23"],
    ["date", "", null],
    ["multiselect", null, []],
    ["async_file", undefined, []],
    ["mystery", { a: 1 }, { a: 1 }],
  ])("%s %j -> %j", (type, raw, expected) => {
    expect(fromInput(field(type), raw)).toEqual(expected);
  });
});

describe("validateField", () => {
  it.each([
    ["text", { nested: true }],
    ["textarea", 5],
    ["email", ["a@b.co"]],
    ["number", { n: 1 }],
    ["decimal", [1]],
    ["date", { y: 2026 }],
    ["select", { v: "a" }],
    ["multiselect", 3],
    ["checkbox", { ticked: true }],
    ["async_file", { id: "a" }],
    ["group", "items"],
  ])("%s gives a message for a wrong JSON type, never throws", (type, value) => {
    expect(validateField(field(type), value, ctx)).toHaveLength(1);
  });

  it("checks a group's own rules only", () => {
    const group = field("group", {
      title: "Beneficiaries",
      rules: { max: 1 },
      fields: [field("text", { required: true })],
    });
    expect(validateField(group, [{}, {}], ctx)).toEqual(["Beneficiaries can have at most 1 item."]);
    expect(validateField(group, [{}], ctx)).toEqual([]);
  });
});

it("registers a rule for every field type", () => {
  expect(Object.keys(fieldRules).sort()).toEqual([...FIELD_TYPES].sort());
});
