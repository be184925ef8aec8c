import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/account/policies/ABC123", "/account/policies/ABC123"],
    ["/account?status=S_ACTIVE&page=2", "/account?status=S_ACTIVE&page=2"],
    ["/quote/XYZ#top", "/quote/XYZ#top"],
  ])("keeps the local path %s", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    undefined,
    "",
    "account",
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "/%2F%2Fevil.example",
    "javascript:alert(1)",
    "/api/v3/logout/",
    "/ok\nLocation: x",
    ["/account"],
  ])("falls back to /account for %j", (raw) => {
    const out = safeNextPath(raw);
    expect(out === "/account" || out.startsWith("/%2F")).toBe(true);
    expect(new URL(out, "http://x.test").origin).toBe("http://x.test");
  });
});
