import { afterEach, describe, expect, it } from "vitest";
import { decodeEmbed, encodeEmbed, partnerReferrer } from "@/lib/embed/cookie";
import { withDistribution } from "@/lib/embed/distribution";
import { findPartner, parsePartners } from "@/lib/embed/partners";

const LIST = [
  { id: "ride-on-bikes", name: "Ride On Bikes", origins: ["https://bikes.example"], products: ["bicycle"] },
];

afterEach(() => {
  delete process.env.EMBED_PARTNERS;
});

describe("partners", () => {
  it("reads the configured list and refuses one that would open framing by mistake", () => {
    expect(parsePartners(JSON.stringify(LIST))).toEqual(LIST);
    expect(parsePartners(undefined)).toEqual([]);
    expect(() => parsePartners("{")).toThrow(/not JSON/);
    expect(() => parsePartners(JSON.stringify([{ id: "x", origins: ["*"] }]))).toThrow(/origins/);
    expect(() => parsePartners(JSON.stringify([{ id: "x", origins: ["https://a.example/shop"] }]))).toThrow(/origins/);
    expect(() => parsePartners(JSON.stringify([{ id: "Bad Id", origins: ["https://a.example"] }]))).toThrow(/id/);
  });

  it("a cookie names a configured partner, or nothing", () => {
    process.env.EMBED_PARTNERS = JSON.stringify(LIST);
    const partner = findPartner("ride-on-bikes")!;
    const value = encodeEmbed({ partner, touchpoint: "checkout", referrer: "https://bikes.example/basket" });
    expect(decodeEmbed(value)).toEqual({ partner, touchpoint: "checkout", referrer: "https://bikes.example/basket" });
    expect(decodeEmbed("not-base64-json")).toBeNull();
    process.env.EMBED_PARTNERS = "[]";
    expect(decodeEmbed(value)).toBeNull();
  });

  it("keeps the host page's address only when it is on the partner's own origins", () => {
    const partner = parsePartners(JSON.stringify(LIST))[0];
    expect(partnerReferrer(partner, "https://evil.example/", "https://bikes.example/a")).toBe(
      "https://bikes.example/a",
    );
    expect(partnerReferrer(partner, "nonsense", null)).toBeNull();
  });
});

describe("withDistribution", () => {
  const partner = parsePartners(JSON.stringify(LIST))[0];
  const embed = { partner, touchpoint: "checkout", referrer: null };
  const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)) as Uint8Array<ArrayBuffer>;
  const json = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;

  it("adds the partner's keys to the submit that starts a quote, and to no other", () => {
    const first = json(withDistribution(bytes({ policy_number: null, form: { form_id: "bike", fields: [] } }), embed));
    expect(first).toMatchObject({
      partnership: "Ride On Bikes",
      distributor_id: "ride-on-bikes",
      touchpoint_id: "checkout",
      referrer_url: null,
      form: { form_id: "bike" },
    });
    const later = bytes({ policy_number: "AB12", form: { form_id: "bike", fields: [] } });
    expect(withDistribution(later, embed)).toBe(later);
    const broken = new TextEncoder().encode("{") as Uint8Array<ArrayBuffer>;
    expect(withDistribution(broken, embed)).toBe(broken);
  });
});
