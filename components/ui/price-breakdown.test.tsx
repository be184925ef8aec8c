import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/format";
import { PriceBreakdown } from "./price-breakdown";

describe("formatMoney", () => {
  it("formats from the string's own digits, beyond float precision", () => {
    expect(formatMoney("1234.50", "GBP")).toBe("£1,234.50");
    expect(formatMoney("0.10", "GBP")).toBe("£0.10");
    expect(formatMoney("-0.50", "GBP")).toBe("-£0.50");
    expect(formatMoney("90071992547409931.07", "USD", "en-US")).toBe("$90,071,992,547,409,931.07");
    expect(formatMoney("1234.50", "EUR", "de-DE").replace(/\s/g, " ")).toBe("1.234,50 €");
  });

  it("falls back to the raw text for something it cannot read", () => {
    expect(formatMoney("abc", "GBP")).toBe("abc GBP");
    expect(formatMoney("1.00", "NOT-A-CURRENCY")).toBe("1.00 NOT-A-CURRENCY");
  });
});

describe("PriceBreakdown", () => {
  it("lists premium, each fee and tax, their totals and the total as term/value pairs", () => {
    render(
      <PriceBreakdown
        pricing={{
          currency: "GBP",
          amount_pre_fees_and_taxes: "100.00",
          fees: [{ id: "admin", label: "Admin fee", amount: "5.00" }],
          total_fees: "5.00",
          taxes: [{ id: "ipt", label: "Insurance Premium Tax", amount: "12.00" }],
          total_taxes: "12.00",
          total: "117.00",
        }}
      />,
    );
    expect(screen.getByRole("heading", { name: "Your price" })).toBeInTheDocument();
    const terms = screen.getAllByRole("term").map((t) => t.textContent);
    expect(terms).toEqual([
      "Premium",
      "Admin fee",
      "Total fees",
      "Insurance Premium Tax",
      "Total taxes",
      "Total to pay",
    ]);
    const total = screen.getByText("Total to pay").parentElement!;
    expect(within(total).getByRole("definition")).toHaveTextContent("£117.00");
  });
});
