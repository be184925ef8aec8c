import { describe, expect, it } from "vitest";
import { isShown } from "./show-if";
import { ctx, field } from "./test-fields";
import { validateForm } from "./validate-form";

describe("isShown", () => {
  const when = (show_if: unknown) => field("text", { show_if: show_if as never });

  it.each([
    ["no condition", null, {}, true],
    ["equals match", { field: "cover", equals: "plus" }, { cover: "plus" }, true],
    ["equals mismatch", { field: "cover", equals: "plus" }, { cover: "basic" }, false],
    ["equals missing sibling", { field: "cover", equals: "plus" }, {}, false],
    ["equals true vs checkbox", { field: "claims", equals: true }, { claims: true }, true],
    ["equals false vs unticked", { field: "claims", equals: false }, { claims: false }, true],
    ["equals number vs numeric string", { field: "n", equals: 2 }, { n: "2" }, true],
    ["equals null vs empty", { field: "n", equals: null }, { n: "" }, true],
    ["equals array", { field: "extras", equals: ["a", "b"] }, { extras: ["a", "b"] }, true],
    ["in match", { field: "cover", in: ["plus", "max"] }, { cover: "max" }, true],
    ["in mismatch", { field: "cover", in: ["plus", "max"] }, { cover: "basic" }, false],
    ["in empty list", { field: "cover", in: [] }, { cover: "basic" }, false],
    ["prototype key is not a sibling", { field: "toString", equals: "x" }, {}, false],
  ])("%s", (_label, condition, answers, expected) => {
    expect(isShown(when(condition), answers)).toBe(expected);
  });
});

describe("show_if pruning in validateForm", () => {
  const fields = [
    field("radio", {
      name: "had_claims",
      title: "Any claims",
      required: true,
      choices: [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No" },
      ],
    }),
    field("number", {
      name: "claim_count",
      title: "Number of claims",
      required: true,
      show_if: { field: "had_claims", equals: "yes" },
    }),
    field("text", {
      name: "claim_detail",
      title: "Claim details",
      required: true,
      show_if: { field: "claim_count", in: [1, 2] },
    }),
  ];

  it.each([
    [
      "hidden fields are neither validated nor returned",
      { had_claims: "no", claim_count: "abc", claim_detail: "" },
      true,
      { had_claims: "no" },
      {},
    ],
    [
      "shown fields are validated",
      { had_claims: "yes" },
      false,
      { had_claims: "yes", claim_count: null },
      { claim_count: ["Enter number of claims."] },
    ],
    [
      "conditions see normalised values",
      { had_claims: "yes", claim_count: "2", claim_detail: " theft " },
      true,
      { had_claims: "yes", claim_count: 2, claim_detail: "theft" },
      {},
    ],
    [
      "a field hidden by a hidden field is hidden",
      { had_claims: "no", claim_count: 1, claim_detail: "" },
      true,
      { had_claims: "no" },
      {},
    ],
  ])("%s", (_label, answers, ok, values, fieldErrors) => {
    const result = validateForm({ fields }, answers, ctx);
    expect(result).toMatchObject({ ok, values, fieldErrors });
    expect(result.values).toEqual(values);
  });
});
