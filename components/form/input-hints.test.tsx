import { expect, it } from "vitest";
import { field } from "./testing";
import { autoComplete, inputType } from "./input-hints";

it("gives text-like fields their input type and the browser its autofill hint", () => {
  expect(inputType(field("email", "contact"))).toBe("email");
  expect(inputType(field("phone", "mobile"))).toBe("tel");
  expect(autoComplete(field("text", "Last_Name"))).toBe("family-name");
  expect(autoComplete(field("text", "favourite_colour"))).toBeUndefined();
});
