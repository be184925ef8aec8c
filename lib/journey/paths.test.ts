import { describe, expect, it } from "vitest";
import { formIdOf, quotePath, stepPath } from "./paths";

describe("step addresses", () => {
  it.each([
    ["about-you", "/quote/N1/about-you"],
    ["review", "/quote/N1/~review"],
    ["done", "/quote/N1/~done"],
    ["payment", "/quote/N1/~payment"],
    ["~odd", "/quote/N1/~~odd"],
    ["a b/c", "/quote/N1/a%20b%2Fc"],
  ])("form %s lives at %s and is read back", (formId, href) => {
    expect(stepPath("N1", formId)).toBe(href);
    expect(formIdOf(decodeURIComponent(href.split("/")[3]))).toBe(formId);
  });

  it("resumes a quote at its own address", () => {
    expect(quotePath("N 1")).toBe("/quote/N%201");
  });
});
