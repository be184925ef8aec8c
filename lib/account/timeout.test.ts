import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogue";
import { minutesLeft, schedule } from "./timeout";

describe("session timeout", () => {
  it("schedules the warning two minutes before the end", () => {
    const now = Date.parse("2026-01-01T12:00:00Z");
    expect(schedule("2026-01-01T12:30:00Z", now)).toEqual({ warnIn: 28 * 60_000, endIn: 30 * 60_000 });
    expect(schedule("2026-01-01T12:01:00Z", now)).toEqual({ warnIn: 0, endIn: 60_000 });
    expect(schedule("2026-01-01T11:00:00Z", now)).toEqual({ warnIn: 0, endIn: 0 });
    expect(schedule("not a time", now)).toBeNull();
  });

  it("says the time left in whole minutes, in each language's plural forms", () => {
    const en = translator("en", "session");
    const said = (ms: number) => en("warning", { minutes: minutesLeft(ms) });
    expect(said(120_000)).toBe("You'll be signed out in 2 minutes");
    expect(said(118_000)).toBe("You'll be signed out in 2 minutes");
    expect(said(90_000)).toBe("You'll be signed out in 1 minute");
    expect(said(30_000)).toBe("You'll be signed out in less than a minute");
    const ar = translator("ar", "session");
    expect(ar("warning", { minutes: 2 })).toContain("دقيقتين");
    expect(ar("warning", { minutes: 0 })).toContain("أقل من دقيقة");
  });
});
