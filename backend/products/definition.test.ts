import { describe, expect, it } from "vitest";
import { FIELD_TYPES } from "@/contract/form";
import { NEXT_ACTIONS } from "@/contract/journey";
import { bicycle } from "./bicycle";
import { parseProduct, type FieldDefinition, type ProductDefinition, type ProductInput } from "./definition";
import { homeContents } from "./home-contents";
import { listProducts } from "./index";
import { travel } from "./travel";

const products = listProducts();
type AnyField = Omit<FieldDefinition, "fields"> & { fields?: AnyField[] };

/** Every field of every form (group sub-fields included) and each product's additional-documents field. */
function allFields(ps: ProductDefinition[]): AnyField[] {
  const walk = (fs: AnyField[]): AnyField[] => fs.flatMap((f) => [f, ...walk(f.fields ?? [])]);
  return ps.flatMap((p) =>
    walk([...p.forms.flatMap((f) => f.fields), ...(p.additional_documents ? [p.additional_documents] : [])]),
  );
}

describe("the demo products", () => {
  it("all parse, with distinct slugs", () => {
    expect(products.map((p) => p.slug)).toEqual(["travel", "bicycle", "home-contents"]);
  });

  it("together use every field type of the contract", () => {
    const used = new Set(allFields(products).map((f) => f.type));
    expect(FIELD_TYPES.filter((t) => !used.has(t))).toEqual([]);
  });

  it("together use every rule key", () => {
    const keys = [
      "min_length",
      "max_length",
      "pattern",
      "min",
      "max",
      "decimal_places",
      "min_date",
      "max_date",
      "type",
      "accepted_mime_types",
      "max_size",
    ];
    const used = new Set(allFields(products).flatMap((f) => Object.keys(f.rules ?? {})));
    expect(keys.filter((k) => !used.has(k))).toEqual([]);
  });

  it("use counts on files, groups and multiselects, and decimal bounds as strings", () => {
    const fields = allFields(products);
    const withRule = (type: string, rule: "min" | "max") =>
      fields.some((f) => f.type === type && f.rules?.[rule] !== undefined);
    for (const type of ["async_file", "group", "multiselect"])
      expect([withRule(type, "min"), withRule(type, "max")]).toEqual([true, true]);
    expect(fields.some((f) => f.type === "decimal" && typeof f.rules?.min === "string")).toBe(true);
  });

  it("use absolute-free relative date bounds in every form", () => {
    const bounds = new Set(
      allFields(products)
        .flatMap((f) => [f.rules?.min_date, f.rules?.max_date])
        .filter(Boolean),
    );
    for (const b of ["today", "+1d", "+365d", "-18y", "-100y", "-0y"]) expect(bounds).toContain(b);
    for (const b of bounds) expect(b).toMatch(/^(today|[+-]\d+[dmy])$/);
  });

  it("use show_if with equals and with in, and a read-only field", () => {
    const conds = allFields(products)
      .map((f) => f.show_if)
      .filter(Boolean);
    expect(conds.some((c) => c && "equals" in c)).toBe(true);
    expect(conds.some((c) => c && "in" in c)).toBe(true);
    expect(allFields(products).some((f) => f.read_only === true && f.value !== undefined)).toBe(true);
  });

  it("make every next_action of the submit loop reachable", () => {
    const reachable = new Set<string>(["complete", "pay"]);
    for (const p of products) {
      if (p.forms.length > 1) reachable.add("continue");
      if (p.forms.some((f) => f.display_after)) reachable.add("display");
      if (p.otp) reachable.add("perform_otp");
      for (const r of p.underwriting) reachable.add(r.outcome);
    }
    expect(NEXT_ACTIONS.filter((a) => !reachable.has(a))).toEqual([]);
  });

  it("have inline SVG images, terms attachments and a blank intro to skip", () => {
    for (const p of products) {
      expect(p.image).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(Buffer.from(p.image!.split(",")[1], "base64").toString()).toMatch(/^<svg[\s\S]*<\/svg>$/);
      expect(p.attachments.terms_and_conditions).toBe(`/api/v3/products/${p.slug}/attachments/terms_and_conditions/`);
      expect(p.terms_and_conditions.long.split("\n\n").length).toBeGreaterThanOrEqual(3);
      expect(p.additional_documents?.type).toBe("async_file");
    }
    expect(products.find((p) => p.slug === "home-contents")?.intro.content).toBe("");
  });
});

describe("a broken definition", () => {
  const broken = (base: ProductInput, edit: (p: any) => void) => {
    const copy = structuredClone(base);
    edit(copy);
    return () => parseProduct(copy);
  };

  it("names the product and the path of an unknown field type", () => {
    const load = broken(bicycle, (p) => (p.forms[0].fields[2].type = "money"));
    expect(load).toThrow(/^Product "bicycle" is invalid:/);
    expect(load).toThrow("forms[0](bike).fields[2](value).type: Invalid option");
  });

  it.each([
    [
      "a rule that does not apply to the type",
      (p: any) => (p.forms[0].fields[0].rules.decimal_places = 2),
      'forms[0](bike).fields[0](make).rules.decimal_places: rule "decimal_places" does not apply',
    ],
    ["a misspelt rule", (p: any) => (p.forms[0].fields[0].rules.maxlength = 3), "forms[0](bike).fields[0](make).rules"],
    [
      "a select without choices",
      (p: any) => (p.forms[1].fields[1].choices = []),
      "forms[1](quote).fields[1](excess).choices: a select field needs choices",
    ],
    [
      "a bad relative date",
      (p: any) => (p.forms[0].fields[6].rules.min_date = "tomorrow"),
      "forms[0](bike).fields[6](start_date).rules.min_date",
    ],
    [
      "a bad pattern",
      (p: any) => (p.forms[0].fields[4].rules.pattern = "(["),
      "fields[4](frame_number).rules.pattern: pattern is not a valid regular expression",
    ],
    [
      "a duplicate form id",
      (p: any) => (p.forms[2].form_id = "bike"),
      'forms[2](bike).form_id: form id "bike" is used twice',
    ],
    [
      "a customer answer that does not exist",
      (p: any) => (p.customer.email.name = "mail"),
      'customer.email: no field "mail" in a form "owner"',
    ],
    [
      "a pricing table missing a choice",
      (p: any) => delete p.pricing.factors[0].table.cargo,
      'pricing.factors[0].table: no entry for choice "cargo"',
    ],
    [
      "an underwriting value that is not a choice",
      (p: any) => (p.underwriting[0].when = { field: "bike.bike_type", op: "eq", value: "tandem" }),
      "underwriting[0].when.value",
    ],
    [
      "a renewal form that does not exist",
      (p: any) => p.renewal_form_ids.push("garage"),
      'renewal_form_ids[2]: no form "garage"',
    ],
  ])("rejects %s", (_, edit, message) => {
    expect(broken(bicycle, edit)).toThrow(message);
  });

  it("rejects show_if naming a missing field, and nested groups", () => {
    expect(broken(homeContents, (p) => (p.forms[0].fields[7].show_if.field = "kind"))).toThrow(
      'Product "home-contents" is invalid:\n  forms[0](property).fields[7](property_description).show_if.field: show_if names "kind"',
    );
    expect(broken(travel, (p) => (p.forms[2].fields[0].fields[0].type = "group"))).toThrow(
      "forms[2](travellers).fields[0](travellers).fields[0](full_name).type: a group's sub-fields cannot be groups",
    );
  });

  it("rejects an OTP email that is not an email field", () => {
    expect(broken(travel, (p) => (p.otp.email_field.name = "phone"))).toThrow(
      'otp.email_field: "lead-traveller.phone" is a phone field, expected email',
    );
  });

  it("rejects a changeable answer that is not a field", () => {
    expect(broken(bicycle, (p) => p.endorsement.customer.push("owner.shoe_size"))).toThrow(
      'endorsement.customer[4]: no field "shoe_size" in a form "owner"',
    );
  });
});
