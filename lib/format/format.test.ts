import { describe, expect, it } from "vitest";
import { coverText, formatAmount, formatDate, formatDateTime, formatTimestamp, todayInUk } from ".";
import { keyLabel } from "@/lib/key-label";

describe("formatting", () => {
  it("writes timestamps, dates and cover periods in words", () => {
    expect(formatTimestamp("2026-03-03T14:05:00+00:00")).toBe("3 March 2026 at 14:05");
    expect(formatTimestamp("2026-03-03")).toBe("3 March 2026");
    expect(formatTimestamp("2026-03-03T14:05:00+00:00", "ar-u-nu-latn")).toMatch(/^3 مارس 2026 .*2:05/);
    expect(formatTimestamp("soon")).toBe("soon");
    expect(coverText("2026-01-01", "2026-12-31")).toBe("1 January 2026 to 31 December 2026");
    expect(coverText(null, null)).toBe("Not set yet");
  });

  it("formats the list's premium and readable labels", () => {
    expect(formatAmount(120.5, "GBP")).toBe("£120.50");
    expect(formatAmount(1.005, "GBP")).toBe("£1.01");
    expect(formatAmount(1234567.1, "GBP")).toBe("£1,234,567.10");
    expect(formatAmount(12, "")).toBe("12.00");
    expect(formatAmount(null, "GBP", "Not priced yet")).toBe("Not priced yet");
    expect(keyLabel("date_of_birth")).toBe("Date of birth");
    expect(keyLabel("frameNumber")).toBe("Frame number");
  });

  it("writes the console's dates with the UK zone, and answers as text", () => {
    expect(formatDateTime("2026-07-01T13:05:00Z")).toBe("1 Jul 2026, 14:05 BST");
    expect(formatDateTime(null)).toBe("Not recorded");
    expect(formatDate("2026-01-31")).toBe("31 Jan 2026");
    expect(formatDate("2026-01-31T23:30:00Z")).toBe("31 Jan 2026");
    expect(todayInUk(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    // In Arabic (Latin digits): the same UK moment and zone, in Arabic words.
    const arabic = formatDateTime("2026-07-01T13:05:00Z", "ar-u-nu-latn");
    expect(arabic).toContain("2026");
    expect(arabic).toContain("2:05 م");
    expect(arabic).toContain("غرينتش+1");
    expect(formatDate("2026-01-31T23:30:00Z", "ar-u-nu-latn")).toMatch(/^31\D+01\D+2026$/);
    expect(formatAmount(1234.5, "GBP", "—", "ar-u-nu-latn")).toContain("1,234.50");
  });
});
