import { expect, it } from "vitest";
import type { Answers } from "../form";
import { ctx, field } from "./test-fields";
import { validateForm } from "./validate-form";

const fields = [
  field("content", { name: "intro", content: "Tell us about your trip." }),
  field("date", { name: "start", title: "Trip start date", required: true, rules: { min_date: "today" } }),
  field("number", { name: "travellers", title: "Number of travellers", required: true, rules: { min: 1, max: 9 } }),
  field("decimal", { name: "bike_value", title: "Bike value", rules: { max: "10000.00", decimal_places: 2 } }),
  field("hidden", { name: "campaign", value: "spring" }),
  field("select", {
    name: "tier",
    title: "Cover level",
    read_only: true,
    value: "plus",
    choices: [{ value: "plus", label: "Plus" }],
  }),
  field("signature", { name: "sig", title: "Signature" }),
];
const good = {
  start: "2026-12-01",
  travellers: "2",
  bike_value: 950,
  campaign: "free",
  tier: "gold",
  sig: "xyz",
  stray: 1,
};

it.each<[string, Answers, boolean, Answers | undefined, Record<string, string[]>]>([
  [
    "valid answers, normalised; hidden/read_only from the definition; unknown keys dropped",
    good,
    true,
    { start: "2026-12-01", travellers: 2, bike_value: "950.00", campaign: "spring", tier: "plus", sig: "xyz" },
    {},
  ],
  [
    "every error by field",
    { start: "2026-11-01", travellers: 12, bike_value: "10000.001" },
    false,
    undefined,
    {
      start: ["Trip start date must be on or after 23 November 2026."],
      travellers: ["Number of travellers must be at most 9."],
      bike_value: ["Bike value can have at most 2 decimal places."],
    },
  ],
  [
    "missing required answers",
    {},
    false,
    { start: null, travellers: null, bike_value: null, campaign: "spring", tier: "plus", sig: null },
    { start: ["Enter trip start date."], travellers: ["Enter number of travellers."] },
  ],
])("%s", (_label, answers, ok, values, fieldErrors) => {
  const result = validateForm({ fields }, answers, ctx);
  expect(result.ok).toBe(ok);
  if (values) expect(result.values).toEqual(values);
  expect(result.fieldErrors).toEqual(fieldErrors);
  expect(result.itemErrors).toEqual([]);
  expect(result.formErrors).toEqual([]);
});

it("reports unreadable answers as a form error instead of throwing", () => {
  const result = validateForm({ fields: [field("text", { name: "a" })] }, null as unknown as Answers, ctx);
  expect(result).toEqual({
    ok: false,
    values: { a: "" },
    fieldErrors: {},
    itemErrors: [],
    formErrors: ["The answers could not be read. Please try again."],
  });
});

it("uses ctx.today for relative dates", () => {
  const def = { fields: [field("date", { name: "d", title: "Start", rules: { min_date: "+30d" } })] };
  expect(validateForm(def, { d: "2026-12-22" }, ctx).fieldErrors).toEqual({
    d: ["Start must be on or after 23 December 2026."],
  });
  expect(validateForm(def, { d: "2026-12-22" }, { today: "2026-11-01" }).ok).toBe(true);
});
