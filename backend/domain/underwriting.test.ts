import { describe, expect, it } from "vitest";
import { getProduct } from "../products";
import { bicycle as bicycleInput } from "../products/bicycle";
import { parseProduct, type UnderwritingRule } from "../products/definition";
import { underwrite } from "./underwriting";

const bicycle = getProduct("bicycle")!;
const home = getProduct("home-contents")!;
const travel = getProduct("travel")!;

const bike = (over: Record<string, unknown>) => ({ bike: { value: "1200.00", bike_type: "road", claims: 0, ...over } });
const outcome = (v: ReturnType<typeof underwrite>) => v?.outcome ?? "none";

describe("bicycle underwriting", () => {
  it("refers more than two claims", () => {
    expect(outcome(underwrite(bicycle, bike({ claims: 2 })))).toBe("none");
    expect(underwrite(bicycle, bike({ claims: 3 }))).toEqual({
      outcome: "referred",
      message: expect.stringContaining("claims history"),
    });
  });

  it("rejects bikes worth more than 15,000.00, compared as decimals", () => {
    expect(outcome(underwrite(bicycle, bike({ value: "15000.00" })))).toBe("none");
    expect(outcome(underwrite(bicycle, bike({ value: "15000" })))).toBe("none");
    expect(underwrite(bicycle, bike({ value: "15000.01" }))).toEqual({
      outcome: "rejected",
      message: expect.stringContaining("£15,000"),
    });
  });

  it("lets a rejection win over a referral", () => {
    expect(outcome(underwrite(bicycle, bike({ value: "20000.00", claims: 5 })))).toBe("rejected");
  });

  it("does not fire on unanswered questions", () => {
    expect(underwrite(bicycle, {})).toBeNull();
    expect(underwrite(bicycle, bike({ value: null, claims: null }))).toBeNull();
  });
});

describe("home contents underwriting", () => {
  const home_ = (property_type: string, contents_value?: string) => ({
    property: { property_type },
    ...(contents_value ? { contents: { contents_value } } : {}),
  });

  it("rejects houseboats and mobile homes", () => {
    expect(outcome(underwrite(home, home_("houseboat")))).toBe("rejected");
    expect(outcome(underwrite(home, home_("mobile-home", "80000.00")))).toBe("rejected");
  });

  it("refers 'other' properties and contents of 75,000.00 or more", () => {
    expect(outcome(underwrite(home, home_("other")))).toBe("referred");
    expect(outcome(underwrite(home, home_("flat", "75000.00")))).toBe("referred");
    expect(outcome(underwrite(home, home_("flat", "74999.99")))).toBe("none");
  });
});

describe("travel underwriting", () => {
  it("refers medical conditions", () => {
    expect(outcome(underwrite(travel, { trip: { medical_conditions: "yes" } }))).toBe("referred");
    expect(outcome(underwrite(travel, { trip: { medical_conditions: "no" } }))).toBe("none");
  });
});

describe("each operator", () => {
  const withRule = (when: UnderwritingRule["when"]) =>
    parseProduct({
      ...structuredClone(bicycleInput),
      underwriting: [{ when, outcome: "referred", message: "Referred." }],
    });
  const fires = (when: UnderwritingRule["when"], answers: object) =>
    underwrite(withRule(when), answers as never) !== null;

  it.each([
    ["gt", 3, 3, false],
    ["gt", 3, 4, true],
    ["gte", 3, 3, true],
    ["gte", 3, 2, false],
    ["lt", "500.00", "499.99", true],
    ["lt", "500.00", "500", false],
    ["lte", "500.00", "500", true],
    ["lte", "500.00", "500.01", false],
  ] as const)("%s %s against %s fires: %s", (op, value, answer, expected) => {
    const field = typeof value === "number" ? "bike.claims" : "bike.value";
    expect(fires({ field, op, value }, bike({ [field.split(".")[1]]: answer }))).toBe(expected);
  });

  it("eq, ne and in", () => {
    expect(fires({ field: "bike.bike_type", op: "eq", value: "cargo" }, bike({ bike_type: "cargo" }))).toBe(true);
    expect(fires({ field: "bike.bike_type", op: "ne", value: "cargo" }, bike({ bike_type: "cargo" }))).toBe(false);
    expect(fires({ field: "bike.bike_type", op: "ne", value: "cargo" }, bike({ bike_type: "road" }))).toBe(true);
    expect(
      fires({ field: "bike.bike_type", op: "in", value: ["cargo", "electric"] }, bike({ bike_type: "electric" })),
    ).toBe(true);
    expect(
      fires({ field: "bike.bike_type", op: "in", value: ["cargo", "electric"] }, bike({ bike_type: "road" })),
    ).toBe(false);
  });

  it("in on a multiselect fires when any choice matches; dates compare in order", () => {
    const racing: UnderwritingRule["when"] = { field: "quote.perils", op: "in", value: ["racing"] };
    expect(fires(racing, { quote: { perils: ["theft-abroad", "racing"] } })).toBe(true);
    expect(fires(racing, { quote: { perils: ["theft-abroad"] } })).toBe(false);
    expect(fires(racing, { quote: { perils: [] } })).toBe(false);
    const late: UnderwritingRule["when"] = { field: "bike.start_date", op: "gt", value: "2025-12-31" };
    expect(fires(late, { bike: { start_date: "2026-01-01" } })).toBe(true);
    expect(fires(late, { bike: { start_date: "2025-12-31" } })).toBe(false);
  });
});
