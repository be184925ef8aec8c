import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { DecisionAction } from "./decision-action";

const quote = {
  policy_number: "HB1234",
  termination_date: "2026-12-11",
  from_inception: false,
  cooling_off: false,
  cooling_off_ends: "2026-01-15",
  basis: "pro_rata",
  days_in_term: 365,
  days_unused: 354,
  lines: [{ id: "premium", label: "Premium", amount: "100.00", refund: "96.99" }],
  deductions: [{ id: "cancellation_fee", label: "Cancellation fee", amount: "25.00" }],
  total_refund: "71.99",
  currency: "GBP",
};

describe("DecisionAction on a cancellation request", () => {
  it("shows the date the customer asked for and the refund it gives", async () => {
    server.use(http.get("/api/v3/policy/HB1234/cancel/quote/", () => HttpResponse.json(quote)));
    const user = userEvent.setup();
    render(
      <DecisionAction
        policyNumber="HB1234"
        endpoint="cancellation-request"
        versionId="v1"
        title="Cancellation request"
        description="The customer has asked to cancel."
        choices={[
          { value: "approve", label: "Approve the cancellation" },
          { value: "refuse", label: "Refuse the cancellation" },
        ]}
        onChanged={vi.fn()}
        onStale={vi.fn()}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Decide" }));
    const asked = await screen.findByRole("region", { name: "What the customer asked for" });
    expect(asked).toHaveTextContent("Asked to end cover on 11 December 2026.");
    expect(asked).toHaveTextContent("354 of the 365 days of cover would be unused");
    expect(asked).toHaveTextContent("Less: Cancellation fee−£25.00");
    expect(asked).toHaveTextContent("Total refund£71.99");
  });
});
