import { describe, expect, it } from "vitest";
import { formatLongDate, isISODate, resolveRelativeDate, todayISO } from "./relative-date";

describe("resolveRelativeDate", () => {
  it.each([
    ["today", "2026-11-23", "2026-11-23"],
    [" Today ", "2026-11-23", "2026-11-23"],
    ["+30d", "2026-11-23", "2026-12-23"],
    ["-1d", "2026-01-01", "2025-12-31"],
    ["+0d", "2026-11-23", "2026-11-23"],
    ["+2w", "2026-11-23", "2026-12-07"],
    ["-2w", "2026-03-01", "2026-02-15"],
    ["+1m", "2026-01-31", "2026-02-28"],
    ["+1m", "2028-01-31", "2028-02-29"],
    ["+1m", "2026-03-31", "2026-04-30"],
    ["-1m", "2026-03-31", "2026-02-28"],
    ["+13m", "2026-11-23", "2027-12-23"],
    ["-12m", "2026-01-15", "2025-01-15"],
    ["-18y", "2026-11-23", "2008-11-23"],
    ["-18y", "2024-02-29", "2006-02-28"],
    ["+4y", "2024-02-29", "2028-02-29"],
    ["+1Y", "2026-11-23", "2027-11-23"],
    ["2027-05-01", "2026-11-23", "2027-05-01"],
  ])("%s from %s is %s", (spec, today, expected) => {
    expect(resolveRelativeDate(spec, today)).toBe(expected);
  });

  it.each([
    ["soon", "2026-11-23"],
    ["30d", "2026-11-23"],
    ["+30", "2026-11-23"],
    ["+1.5m", "2026-11-23"],
    ["2026-02-30", "2026-11-23"],
    ["", "2026-11-23"],
    ["+1d", "not a date"],
    ["-3000y", "2026-11-23"],
  ])("%s from %s is null", (spec, today) => {
    expect(resolveRelativeDate(spec, today)).toBeNull();
  });

  it("keeps an absolute date even without a usable today", () => {
    expect(resolveRelativeDate("2026-02-28", "")).toBe("2026-02-28");
  });
});

describe("dates", () => {
  it("todayISO is the UTC date", () => {
    expect(todayISO(new Date("2026-11-23T23:30:00-05:00"))).toBe("2026-11-24");
    expect(todayISO(new Date("2026-01-01T00:00:00Z"))).toBe("2026-01-01");
    expect(todayISO()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-1-01", false],
    ["0000-01-01", false],
    [20261123, false],
  ])("isISODate(%s) is %s", (value, expected) => {
    expect(isISODate(value)).toBe(expected);
  });

  it("formats dates for messages", () => {
    expect(formatLongDate("2026-11-23")).toBe("23 November 2026");
    expect(formatLongDate("2026-01-05")).toBe("5 January 2026");
  });
});
