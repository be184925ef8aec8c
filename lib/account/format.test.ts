import { describe, expect, it } from "vitest";
import { coverText, formatTimestamp, premiumText } from "./format";
import { keyLabel } from "@/lib/key-label";

describe("account formatting", () => {
  it("writes timestamps, dates and cover periods in words", () => {
    expect(formatTimestamp("2026-03-03T14:05:00+00:00")).toBe("3 March 2026 at 14:05");
    expect(formatTimestamp("2026-03-03")).toBe("3 March 2026");
    expect(formatTimestamp("soon")).toBe("soon");
    expect(coverText("2026-01-01", "2026-12-31")).toBe("1 January 2026 to 31 December 2026");
    expect(coverText(null, null)).toBe("Not set yet");
  });

  it("formats the list's premium and readable labels", () => {
    expect(premiumText(120.5, "GBP")).toBe("£120.50");
    expect(premiumText(null, "GBP")).toBe("Not priced yet");
    expect(keyLabel("date_of_birth")).toBe("Date of birth");
    expect(keyLabel("frameNumber")).toBe("Frame number");
  });
});
