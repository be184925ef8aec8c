import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/api", () => ({ getPolicy: vi.fn() }));
vi.mock("@/lib/session", () => ({ authFor: vi.fn(), getSession: vi.fn() }));
const { readSignedLink } = await import("./continue-preview");

describe("readSignedLink", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);

  it.each([
    ["a link still in date", `AB12CD34.${at("2026-12-08T12:00:00Z")}.sig-_x`, false],
    ["a link a second past its time", `AB12CD34.${at("2026-12-01T11:59:59Z")}.sig`, true],
  ])("%s", (_, signed, expired) => {
    expect(readSignedLink(signed, now)).toMatchObject({ policyNumber: "AB12CD34", expired });
  });

  it("a link of another shape says nothing (opening it decides)", () => {
    expect(readSignedLink("whatever", now)).toEqual({});
  });
});
