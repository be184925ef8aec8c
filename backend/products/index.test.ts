import { describe, expect, it } from "vitest";
import { metaSchema, productSummarySchema } from "@/contract/journey";
import { getProduct, listProducts, toMeta, toSummary } from "./index";

describe("the product catalogue", () => {
  it("lists the products and finds them by slug", () => {
    expect(listProducts().map((p) => p.slug)).toEqual(["travel", "bicycle", "home-contents"]);
    expect(getProduct("bicycle")?.name).toBe("Bicycle insurance");
    expect(getProduct("boat")).toBeUndefined();
  });

  it("summarises each product as the contract's product summary", () => {
    for (const p of listProducts()) expect(productSummarySchema.strict().parse(toSummary(p))).toEqual(toSummary(p));
  });

  it("builds the meta with the form and renewal sequences", () => {
    const meta = toMeta(getProduct("bicycle")!);
    expect(metaSchema.strict().parse(meta)).toEqual(meta);
    expect(meta.form_sequence).toEqual([
      { id: "bike", title: "Your bicycle" },
      { id: "quote", title: "Your cover" },
      { id: "owner", title: "About you" },
    ]);
    expect(meta.renewal_form_sequence).toEqual([
      { id: "bike", title: "Your bicycle" },
      { id: "quote", title: "Your cover" },
    ]);
    expect(meta.attachments).toEqual({
      terms_and_conditions: "/api/v3/products/bicycle/attachments/terms_and_conditions/",
      insurance_product_information: "/api/v3/products/bicycle/attachments/insurance_product_information/",
    });
  });

  it("passes a blank intro through, so the web app skips it", () => {
    const meta = toMeta(getProduct("home-contents")!);
    expect(meta.intro.content).toBe("");
    expect(meta.renewal_form_sequence).toEqual([{ id: "contents", title: "Your belongings" }]);
  });

  it("hands out copies, not the parsed definitions", () => {
    listProducts().pop();
    expect(listProducts()).toHaveLength(3);
  });
});
