import { expect, it } from "vitest";
import { isExpired } from "./token-expiry";

it("says whether an expiry has passed, taking a missing one as valid", () => {
  const now = Date.parse("2026-06-15T12:00:00Z");
  expect(isExpired("2026-06-15T11:59:59Z", now)).toBe(true);
  expect(isExpired("2026-06-15T12:00:00Z", now)).toBe(true);
  expect(isExpired("2026-06-15T12:00:01Z", now)).toBe(false);
  expect(isExpired(undefined, now)).toBe(false);
  expect(isExpired("not a date", now)).toBe(false);
});
