import { describe, expect, it } from "vitest";
import { field, single } from "./test-fields";

const name = field("text", { title: "Full name", rules: { min_length: 2, max_length: 5 } });
const postcode = field("text", { title: "Postcode", rules: { pattern: "[A-Z]{2}\\d" } });
const badRegex = field("text", { title: "Code", rules: { pattern: "([a-z" } });
const notes = field("textarea", { title: "Notes", rules: { min_length: 1, max_length: 3 } });
const email = field("email", { title: "Email address" });
const phone = field("phone", { title: "Phone number" });
const required = (type: string, title: string) => field(type, { title, required: true });

it.each([
  ["text ok", name, " Ann ", [], "Ann"],
  ["text too short", name, "A", ["Full name must be at least 2 characters."], "A"],
  ["text too long", name, "Annabel", ["Full name must be at most 5 characters."], "Annabel"],
  ["text counts code points", name, "😀😀😀😀😀", [], "😀😀😀😀😀"],
  ["text not a string", name, { a: 1 }, ["Full name must be text."], { a: 1 }],
  ["text number", name, 12, ["Full name must be text."], 12],
  ["pattern whole value", postcode, "AB1", [], "AB1"],
  ["pattern partial match", postcode, "AB12", ["Enter postcode in the correct format."], "AB12"],
  [
    "pattern alternation anchored",
    field("text", { title: "Pet", rules: { pattern: "cat|dog" } }),
    "cats",
    ["Enter pet in the correct format."],
    "cats",
  ],
  ["bad regex is no pattern", badRegex, "anything", [], "anything"],
  ["text empty optional", name, "   ", [], ""],
  ["text missing optional", name, undefined, [], ""],
  ["text required", required("text", "Your date of birth"), "", ["Enter your date of birth."], ""],
  ["textarea ok", notes, "abc", [], "abc"],
  ["textarea too long", notes, "abcd", ["Notes must be at most 3 characters."], "abcd"],
  ["textarea not a string", notes, ["a"], ["Notes must be text."], ["a"]],
  ["textarea required", required("textarea", "Notes"), null, ["Enter notes."], ""],
  ["email ok", email, " ann@example.co.uk ", [], "ann@example.co.uk"],
  [
    "email no at",
    email,
    "ann.example.com",
    ["Email address must be an email address, e.g. name@example.com."],
    "ann.example.com",
  ],
  [
    "email two ats",
    email,
    "a@b@example.com",
    ["Email address must be an email address, e.g. name@example.com."],
    "a@b@example.com",
  ],
  [
    "email no dot in domain",
    email,
    "ann@localhost",
    ["Email address must be an email address, e.g. name@example.com."],
    "ann@localhost",
  ],
  [
    "email space",
    email,
    "ann smith@example.com",
    ["Email address must be an email address, e.g. name@example.com."],
    "ann smith@example.com",
  ],
  ["email required", required("email", "Email address"), "", ["Enter email address."], ""],
  ["phone ok", phone, "+447700900123", [], "+447700900123"],
  ["phone stripped", phone, "+44 (0) 7700-900 123", [], "+4407700900123"],
  [
    "phone no plus",
    phone,
    "07700900123",
    ["Phone number must be in international format, e.g. +447700900123."],
    "07700900123",
  ],
  [
    "phone too short",
    phone,
    "+1234567",
    ["Phone number must be in international format, e.g. +447700900123."],
    "+1234567",
  ],
  ["phone 8 digits", phone, "+12345678", [], "+12345678"],
  ["phone 15 digits", phone, "+123456789012345", [], "+123456789012345"],
  [
    "phone 16 digits",
    phone,
    "+1234567890123456",
    ["Phone number must be in international format, e.g. +447700900123."],
    "+1234567890123456",
  ],
  [
    "phone letters",
    phone,
    "+44abc00900123",
    ["Phone number must be in international format, e.g. +447700900123."],
    "+44abc00900123",
  ],
  ["phone number type", phone, 447700900123, ["Phone number must be text."], 447700900123],
  ["phone required", required("phone", "Phone number"), " ", ["Enter phone number."], ""],
])("%s", (_label, def, value, errors, normalised) => {
  expect(single(def, value)).toEqual({ errors, value: normalised });
});

describe("titles in messages", () => {
  it("keeps acronyms and 'I' as written, falls back to the name", () => {
    expect(single(required("text", "VAT number"), "").errors).toEqual(["Enter VAT number."]);
    expect(single(field("text", { title: "", name: "ref", required: true }), "").errors).toEqual(["Enter ref."]);
  });
});
