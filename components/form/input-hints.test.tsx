import { expect, it } from "vitest";
import { dateBound } from "./date-bound";
import { field } from "./testing";
import { autoComplete, inputType } from "./input-hints";

it("gives text-like fields their input type and the browser its autofill hint", () => {
  expect(inputType(field("email", "contact"))).toBe("email");
  expect(inputType(field("phone", "mobile"))).toBe("tel");
  expect(autoComplete(field("text", "Last_Name"))).toBe("family-name");
  expect(autoComplete(field("text", "favourite_colour"))).toBeUndefined();
});

it("turns relative date rules into the input's bounds once today is known", () => {
  expect(dateBound("-18y", "2026-06-15")).toBe("2008-06-15");
  expect(dateBound("today", "")).toBeUndefined();
  expect(dateBound(undefined, "2026-06-15")).toBeUndefined();
});
