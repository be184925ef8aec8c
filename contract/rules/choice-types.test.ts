import { expect, it } from "vitest";
import { field, single } from "./test-fields";

const choices = [
  { value: "basic", label: "Basic" },
  { value: "plus", label: "Plus" },
  { value: "1", label: "One" },
];
const cover = [
  { value: "theft", label: "Theft" },
  { value: "damage", label: "Damage" },
  { value: "abroad", label: "Abroad" },
  { value: "legal", label: "Legal" },
];
const tier = field("select", { title: "Cover level", choices });
const radio = field("radio", { title: "Cover level", choices });
const optional = field("multiselect", { title: "Optional cover", choices: cover, rules: { min: 2, max: 3 } });
const terms = field("checkbox", { title: "I agree to the terms", required: true });
const marketing = field("checkbox", { title: "Send me offers" });

it.each([
  ["select ok", tier, "plus", [], "plus"],
  ["select trimmed", tier, " basic ", [], "basic"],
  ["select number matches string choice", tier, 1, [], "1"],
  ["select unknown value", tier, "gold", ["Choose one of the options for cover level."], "gold"],
  ["select label is not a value", tier, "Basic", ["Choose one of the options for cover level."], "Basic"],
  ["select array", tier, ["basic"], ["Choose one of the options for cover level."], ["basic"]],
  ["select without choices takes any string", field("select", { title: "Make" }), "Brompton", [], "Brompton"],
  ["select empty optional", tier, "", [], null],
  [
    "select required",
    field("select", { title: "Cover level", required: true, choices }),
    null,
    ["Choose cover level."],
    null,
  ],
  ["radio ok", radio, "basic", [], "basic"],
  ["radio unknown value", radio, "gold", ["Choose one of the options for cover level."], "gold"],
  [
    "radio required",
    field("radio", { title: "Cover level", required: true, choices }),
    undefined,
    ["Choose cover level."],
    null,
  ],
  ["multiselect ok", optional, ["theft", "legal"], [], ["theft", "legal"]],
  ["multiselect too few", optional, ["theft"], ["Choose at least 2 options for optional cover."], ["theft"]],
  [
    "multiselect too many",
    optional,
    ["theft", "damage", "abroad", "legal"],
    ["Choose at most 3 options for optional cover."],
    ["theft", "damage", "abroad", "legal"],
  ],
  [
    "multiselect unknown value",
    optional,
    ["theft", "flood"],
    ["Choose only from the options for optional cover."],
    ["theft", "flood"],
  ],
  [
    "multiselect duplicates",
    optional,
    ["theft", "theft"],
    ["Choose each option for optional cover only once."],
    ["theft", "theft"],
  ],
  ["multiselect not strings", optional, [{ v: 1 }], ["Choose only from the options for optional cover."], [{ v: 1 }]],
  [
    "multiselect object",
    optional,
    { theft: true },
    ["Choose only from the options for optional cover."],
    { theft: true },
  ],
  ["multiselect single string", field("multiselect", { title: "Extras", choices: cover }), "theft", [], ["theft"]],
  ["multiselect empty optional despite min", optional, [], [], []],
  [
    "multiselect required",
    field("multiselect", { title: "Optional cover", required: true, choices: cover }),
    [],
    ["Choose optional cover."],
    [],
  ],
  [
    "multiselect max 1 wording",
    field("multiselect", { title: "Extras", choices: cover, rules: { max: 1 } }),
    ["theft", "legal"],
    ["Choose at most 1 option for extras."],
    ["theft", "legal"],
  ],
  ["checkbox ticked", terms, true, [], true],
  ["checkbox string true", terms, "true", [], true],
  ["checkbox on", terms, "on", [], true],
  ["checkbox required unticked", terms, false, ['Tick "I agree to the terms" to continue.'], false],
  ["checkbox required missing", terms, null, ['Tick "I agree to the terms" to continue.'], false],
  ["checkbox optional unticked", marketing, false, [], false],
  ["checkbox optional missing", marketing, undefined, [], false],
  ["checkbox string false", marketing, "false", [], false],
  [
    "checkbox wrong type",
    marketing,
    { yes: 1 },
    ["Send me offers must be ticked or not ticked (true or false)."],
    { yes: 1 },
  ],
  ["checkbox number 2", marketing, 2, ["Send me offers must be ticked or not ticked (true or false)."], 2],
])("%s", (_label, def, value, errors, normalised) => {
  expect(single(def, value)).toEqual({ errors, value: normalised });
});
