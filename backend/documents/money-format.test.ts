import { describe, expect, it } from "vitest";
import { formatDate, formatPeriod } from "./date-format";
import { formatMoney, sumMoney } from "./money-format";

describe("money and dates on documents", () => {
  it("formats decimal strings with the currency and thousands separators", () => {
    expect(formatMoney("1391.88", "GBP")).toBe("£1,391.88");
    expect(formatMoney("1234567.05", "EUR")).toBe("€1,234,567.05");
    expect(formatMoney("0.10", "GBP")).toBe("£0.10");
    expect(formatMoney("-5.00", "GBP")).toBe("-£5.00");
    expect(formatMoney("12", "USD")).toBe("US$12.00");
    expect(formatMoney("7.50", "")).toBe("7.50");
    expect(() => formatMoney("ten", "GBP")).toThrow(/Not a money amount/);
  });

  it("sums exactly, without float error", () => {
    expect(sumMoney(["0.10", "0.20"])).toBe("0.30");
    expect(sumMoney(["1225.50", "10.00", "5.00", "147.06", "4.32"])).toBe("1391.88");
    expect(sumMoney([])).toBe("0.00");
  });

  it("writes dates as '22 November 2026', a bare date never shifted by the time zone", () => {
    expect(formatDate("2026-11-22")).toBe("22 November 2026");
    expect(formatDate("2026-06-30T23:30:00Z")).toBe("1 July 2026"); // 00:30 in London (BST)
    expect(formatDate(new Date("2026-11-20T10:16:00Z"))).toBe("20 November 2026");
    expect(formatDate(null)).toBe("—");
    expect(formatPeriod("2026-11-22", "2026-12-06")).toBe("22 November 2026 to 6 December 2026");
  });
});
