import { describe, expect, it } from "vitest";
import { certificatePdf } from "../../documents";
import { sampleDocument } from "../../documents/sample-document";
import { cachedRenderer } from "./cached-renderer";
import type { DocumentRenderer } from "./types";

/** The real certificate renderer, counting how often it really renders. */
function counting() {
  const made = { count: 0 };
  const inner: DocumentRenderer = {
    policyDocument: async (_kind, data) => {
      made.count++;
      return certificatePdf(data);
    },
    productDocument: async () => Buffer.alloc(0),
  };
  return { made, renderer: cachedRenderer(inner) };
}

describe("cachedRenderer", () => {
  it("makes a certificate once for the same data on the same day, also when asked for together", async () => {
    const { made, renderer } = counting();
    const data = sampleDocument();
    const [a, b] = await Promise.all([renderer.policyDocument("coi", data), renderer.policyDocument("coi", data)]);
    const later = await renderer.policyDocument("coi", {
      ...data,
      issuedAt: new Date(data.issuedAt.getTime() + 60_000),
    });
    expect(made.count).toBe(1);
    expect(b).toBe(a);
    expect(later).toBe(a);
    expect(a.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("makes a new one when anything it shows changes, or on another day", async () => {
    const { made, renderer } = counting();
    const data = sampleDocument();
    await renderer.policyDocument("coi", data);
    await renderer.policyDocument("coi", { ...data, holder: { ...data.holder, name: "Someone Else" } });
    await renderer.policyDocument("coi", { ...data, issuedAt: new Date(data.issuedAt.getTime() + 864e5) });
    await renderer.policyDocument("tax-invoice", data);
    expect(made.count).toBe(4);
  });
});
