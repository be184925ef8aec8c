import { render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PaymentChooser } from "./payment-chooser";

const router = { replace: vi.fn(), push: vi.fn(), refresh: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const plan = (amounts: string[]) =>
  amounts.map((amount, i) => ({
    number: i + 1,
    due_date: `2027-${String(i + 1).padStart(2, "0")}-31`.replace(/-(02|04|06|09|11)-31$/, "-$1-28"),
    amount,
  }));

function keep(monthly: Record<string, unknown>) {
  window.sessionStorage.setItem(
    "payment:BIC-1",
    JSON.stringify({
      amount: "99.15",
      currency: "GBP",
      modes: [
        { id: "annual", label: "Pay once", amount: "99.15" },
        { id: "monthly", label: "Pay monthly", ...monthly },
      ],
    }),
  );
}

describe("PaymentChooser", () => {
  beforeEach(() => window.sessionStorage.clear());

  it("shows a schedule that adds up: the first today, then the rest, and every date", async () => {
    keep({ amount: "8.29", instalments: plan(["8.29", ...Array(11).fill("8.26")]) });
    render(<PaymentChooser policyNumber="BIC-1" />);
    expect(await screen.findByLabelText("Pay monthly: £8.29 today, then 11 monthly payments of £8.26")).toBeTruthy();
    screen.getByLabelText(/^Pay monthly:/).click();
    const table = await screen.findByRole("table", { name: "Your payment dates" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(14); // heading, 12 payments, total
    expect(rows[1].textContent).toBe("1 of 1231 January 2027£8.29");
    expect(rows[2].textContent).toBe("2 of 1228 February 2027£8.26");
    expect(rows[13].textContent).toBe("Total£99.15");
  });

  it("without a schedule shows the mode as the backend words it, and no table", async () => {
    keep({ amount: "8.26" });
    render(<PaymentChooser policyNumber="BIC-1" />);
    expect(await screen.findByLabelText("Pay monthly: £8.26")).toBeTruthy();
    screen.getByLabelText(/^Pay monthly:/).click();
    expect(screen.queryByRole("table")).toBeNull();
    expect(document.body.textContent).not.toMatch(/12 ×|monthly payments of/);
  });

  it("never shows a schedule that does not add up to the total", async () => {
    keep({ amount: "8.26", instalments: plan(Array(12).fill("8.26")) });
    render(<PaymentChooser policyNumber="BIC-1" />);
    expect(await screen.findByLabelText("Pay monthly: £8.26")).toBeTruthy();
    screen.getByLabelText(/^Pay monthly:/).click();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
