import { describe, expect, it } from "vitest";
import { schedule, timeLeftText } from "./timeout";

describe("session timeout", () => {
  it("schedules the warning two minutes before the end", () => {
    const now = Date.parse("2026-01-01T12:00:00Z");
    expect(schedule("2026-01-01T12:30:00Z", now)).toEqual({ warnIn: 28 * 60_000, endIn: 30 * 60_000 });
    expect(schedule("2026-01-01T12:01:00Z", now)).toEqual({ warnIn: 0, endIn: 60_000 });
    expect(schedule("2026-01-01T11:00:00Z", now)).toEqual({ warnIn: 0, endIn: 0 });
    expect(schedule("not a time", now)).toBeNull();
  });

  it("says the time left in whole minutes", () => {
    expect(timeLeftText(120_000)).toBe("2 minutes");
    expect(timeLeftText(118_000)).toBe("2 minutes");
    expect(timeLeftText(90_000)).toBe("1 minute");
    expect(timeLeftText(30_000)).toBe("less than a minute");
  });
});
