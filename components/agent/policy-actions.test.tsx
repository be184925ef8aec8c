import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { PolicyActions, type PolicyActionsProps } from "./policy-actions";

const router = { refresh: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const SUPERVISOR = [
  "view_all_policies",
  "cancel_policy",
  "remove_recurring_payment",
  "approve_referrals",
  "send_continue_links",
];
const AGENT = ["send_continue_links"];
const monthly = { status: "Active", can_cancel: true, can_renew: true, can_remove_recurring_payment: true };

function renderActions(props: Partial<PolicyActionsProps>) {
  render(
    <PolicyActions
      policyNumber="HB1234"
      versionId="v1"
      facts={monthly}
      permissions={SUPERVISOR}
      email="grace@example.com"
      today="2026-03-04"
      startDate="2026-03-01"
      {...props}
    />,
  );
}
const panels = () => screen.getAllByRole("region").map((r) => within(r).getByRole("heading").textContent);

describe("PolicyActions", () => {
  it("offers a supervisor every action the policy allows", () => {
    renderActions({});
    expect(panels()).toEqual(["Copy to a new quote", "Renew", "Cancel the policy", "Remove the recurring payment"]);
  });

  it("doesn't offer an agent what their permissions don't allow, and says why", () => {
    renderActions({ permissions: AGENT, facts: { ...monthly, status: "Cancellation-requested", can_cancel: false } });
    expect(panels()).toEqual(["Copy to a new quote", "Renew"]);
    expect(
      screen.getByText(/Your sign-in doesn't allow you to cancel policies and decide on cancellation requests/),
    ).toBeInTheDocument();
  });

  it("doesn't offer to remove a recurring payment a pay-once policy doesn't have", () => {
    renderActions({ facts: { ...monthly, can_remove_recurring_payment: false } });
    expect(panels()).not.toContain("Remove the recurring payment");
  });

  it("offers a continue link only on an open quote, to a user who may send one", () => {
    renderActions({ permissions: AGENT, facts: { status: "Quoted", can_cancel: false, can_renew: false } });
    expect(panels()).toEqual(["Copy to a new quote", "Send a continue link"]);
  });

  it("explains, above the actions, why a cancel that met a conflict can't be done now, and reloads the page", async () => {
    const cancelled = {
      policy_number: "HB1234",
      version_id: "v2",
      status: "Cancelled",
      can_cancel: false,
      last_updated_on: "2026-03-03",
      last_updated_by: "Sam Supervisor",
    };
    server.use(
      http.post("/api/v3/policy/HB1234/cancel/", () =>
        HttpResponse.json({ detail: "Changed.", code: "precondition_failed", policy: cancelled }, { status: 412 }),
      ),
    );
    const user = userEvent.setup();
    renderActions({});
    const cancel = screen.getByRole("region", { name: "Cancel the policy" });
    await user.click(within(cancel).getByRole("button", { name: "Cancel the policy" }));
    await user.type(within(cancel).getByLabelText("Reason for cancelling"), "Sold the bike");
    await user.click(within(cancel).getByRole("button", { name: "Yes, cancel the policy" }));
    const notice = await screen.findByRole("alert");
    expect(notice).toHaveTextContent("Someone else changed this policy while you were looking");
    expect(notice).toHaveTextContent("It is Cancelled now, so it can't be cancelled.");
    await waitFor(() => expect(notice.parentElement).toHaveFocus());
    expect(router.refresh).toHaveBeenCalled();
  });
});
