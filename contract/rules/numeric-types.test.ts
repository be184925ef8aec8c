import { expect, it } from "vitest";
import { field, single } from "./test-fields";

const age = field("number", { title: "Age", rules: { min: 18, max: "99" } });
const count = field("number", { title: "Number of travellers" });
const bike = field("decimal", { title: "Bike value", rules: { min: "100", max: "10000.00", decimal_places: 2 } });
const rate = field("decimal", { title: "Rate", rules: { min: 0.1, max: 0.3 } });
const whole = field("decimal", { title: "Units", rules: { decimal_places: 0 } });
const notDecimal = "Bike value must be a number, e.g. 1200.50.";

it.each([
  ["number ok", age, 30, [], 30],
  ["number numeric string", age, " 42 ", [], 42],
  ["number at min", age, 18, [], 18],
  ["number below min", age, 17, ["Age must be at least 18."], 17],
  ["number above string max", age, "100", ["Age must be at most 99."], 100],
  ["number fraction", count, 1.5, ["Number of travellers must be a whole number."], 1.5],
  ["number fraction string", count, "1.5", ["Number of travellers must be a whole number."], "1.5"],
  ["number letters", count, "abc", ["Number of travellers must be a whole number."], "abc"],
  ["number boolean", count, true, ["Number of travellers must be a whole number."], true],
  ["number negative", count, -3, [], -3],
  ["number unsafe", count, 2 ** 60, ["Number of travellers must be a whole number."], 2 ** 60],
  ["number empty optional", count, "", [], null],
  ["number required", field("number", { title: "Age", required: true }), null, ["Enter age."], null],
  ["number zero is not empty", field("number", { title: "Claims", required: true }), 0, [], 0],
  ["decimal ok", bike, "1200.50", [], "1200.50"],
  ["decimal padded to places", bike, "1200.5", [], "1200.50"],
  ["decimal leading zeros", bike, "00150", [], "150.00"],
  ["decimal from a number", bike, 1200.5, [], "1200.50"],
  ["decimal at max", bike, "10000", [], "10000.00"],
  ["decimal just above max", bike, "10000.01", ["Bike value must be at most 10000.00."], "10000.01"],
  ["decimal below min", bike, "99.99", ["Bike value must be at least 100.00."], "99.99"],
  ["decimal too many places", bike, "150.555", ["Bike value can have at most 2 decimal places."], "150.555"],
  ["decimal commas rejected", bike, "1,200.50", [notDecimal], "1,200.50"],
  ["decimal bare point", bike, ".5", [notDecimal], ".5"],
  ["decimal plus sign", bike, "+5", [notDecimal], "+5"],
  ["decimal exponent", bike, "1e3", [notDecimal], "1e3"],
  ["decimal object", bike, { amount: 1 }, [notDecimal], { amount: 1 }],
  ["decimal NaN", bike, Number.NaN, [notDecimal], Number.NaN],
  ["decimal exact compare, not floats", rate, "0.3", [], "0.3"],
  ["decimal exact compare above", rate, "0.30000000000000001", ["Rate must be at most 0.3."], "0.30000000000000001"],
  ["decimal below number min", rate, "0.09", ["Rate must be at least 0.1."], "0.09"],
  ["decimal negative", field("decimal", { title: "Adjustment" }), "-12.5", [], "-12.5"],
  ["decimal negative zero", field("decimal", { title: "Adjustment" }), "-0.00", [], "0.00"],
  ["decimal no places allowed", whole, "3.5", ["Units must be a whole number."], "3.5"],
  [
    "decimal 1 place wording",
    field("decimal", { title: "Hours", rules: { decimal_places: 1 } }),
    "1.25",
    ["Hours can have at most 1 decimal place."],
    "1.25",
  ],
  ["decimal empty optional", bike, " ", [], null],
  ["decimal required", field("decimal", { title: "Bike value", required: true }), "", ["Enter bike value."], null],
  ["decimal bad limits ignored", field("decimal", { title: "X", rules: { min: "lots" } }), "1", [], "1"],
])("%s", (_label, def, value, errors, normalised) => {
  expect(single(def, value)).toEqual({ errors, value: normalised });
});
