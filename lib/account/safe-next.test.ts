import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/account/policies/ABC123", "/account/policies/ABC123"],
    ["/account?status=S_ACTIVE&page=2", "/account?status=S_ACTIVE&page=2"],
    ["/quote/XYZ#top", "/quote/XYZ#top"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // stays an encoded local path
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
    "javascript:alert(1)",
    "/api/v3/logout/",
    "/account/sign-in?next=/account",
    "/ok\nLocation: x",
    ["/account"],
  ])("falls back to /account for %j", (raw) => {
    expect(safeNextPath(raw)).toBe("/account");
  });
});
