import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { serverHtml } from "@/lib/testing/server-html";
import { CancelPolicy } from "./cancel-policy";

const router = vi.hoisted(() => ({ replace: vi.fn(), push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const CANCEL = "/api/v3/policy/HB1234/cancel/";
const fresh = {
  policy_number: "HB1234",
  version_id: "v2",
  status: "Active",
  start_date: "2026-01-01",
  end_date: "2099-12-31",
  can_cancel: true,
  status_logs: [
    { timestamp: "2026-03-03T14:05:00Z", reason_text: "Address changed", note: "", updated_by: "Alex Agent" },
  ],
};

const cancelPolicy = () => (
  <CancelPolicy
    policyNumber="HB1234"
    versionId="v1"
    status="Active"
    canCancel
    startDate="2026-01-01"
    endDate="2099-12-31"
  />
);

function setup() {
  const user = userEvent.setup();
  render(cancelPolicy());
  return user;
}

async function fillAndSend(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Request cancellation" }));
}

beforeEach(() => vi.clearAllMocks());

describe("CancelPolicy", () => {
  it("on 412 says the policy changed, shows the fresh details, and retries with the fresh version", async () => {
    const sent: Array<{ ifMatch: string | null; body: unknown }> = [];
    server.use(
      http.post(CANCEL, async ({ request }) => {
        const ifMatch = request.headers.get("if-match");
        sent.push({ ifMatch, body: await request.json() });
        if (ifMatch !== "v2") {
          return HttpResponse.json(
            { detail: "Policy HB1234 was changed by someone else.", code: "precondition_failed", policy: fresh },
            { status: 412 },
          );
        }
        return HttpResponse.json({ ...fresh, status: "Cancellation-requested", version_id: "v3" });
      }),
    );
    const user = setup();
    await user.type(screen.getByLabelText("Why do you want to cancel?"), "Sold the bike");
    await fillAndSend(user);

    const conflict = await screen.findByRole("alert");
    expect(conflict).toHaveTextContent("This policy changed since you opened it");
    expect(conflict).toHaveTextContent("Status: Active");
    expect(conflict).toHaveTextContent("Address changed, 3 March 2026 at 14:05");
    await waitFor(() => expect(conflict.parentElement).toHaveFocus());
    expect(sent[0].ifMatch).toBe("v1");
    expect(sent[0].body).toEqual({
      cancellation_reason: "Sold the bike",
      termination_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    await fillAndSend(user);
    expect(await screen.findByText("We've received your cancellation request")).toBeInTheDocument();
    expect(screen.getByText(/Your policy is now waiting for its cancellation to be approved\./)).toBeInTheDocument();
    expect(sent.map((s) => s.ifMatch)).toEqual(["v1", "v2"]);
    expect(router.refresh).toHaveBeenCalled();
    expect(screen.queryByRole("button", { name: "Request cancellation" })).not.toBeInTheDocument();
  });

  it("asks for a reason and a date in range before sending", async () => {
    const user = setup();
    await fillAndSend(user);
    const reason = screen.getByLabelText("Why do you want to cancel?");
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(/Tell us why you want to cancel/);
    await user.type(reason, "Moving abroad");
    const date = screen.getByLabelText("When should your cover end?");
    await user.clear(date);
    await user.type(date, "2000-01-01");
    await fillAndSend(user);
    expect(date).toHaveFocus();
    expect(date).toHaveAccessibleDescription(/The date must be .* or later/);
  });

  it("shows any other refusal in a focused alert", async () => {
    server.use(
      http.post(CANCEL, () =>
        HttpResponse.json({ detail: "Only an active policy can be cancelled.", code: "conflict" }, { status: 409 }),
      ),
    );
    const user = setup();
    await user.type(screen.getByLabelText("Why do you want to cancel?"), "No longer needed");
    await fillAndSend(user);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't send your request");
    expect(alert).toHaveTextContent("Only an active policy can be cancelled.");
  });
});

describe("CancelPolicy after the page is refreshed", () => {
  it("sends the newer version the refreshed page brings", async () => {
    let ifMatch: string | null = null;
    server.use(
      http.post(CANCEL, ({ request }) => ((ifMatch = request.headers.get("if-match")), HttpResponse.json(fresh))),
    );
    const user = userEvent.setup();
    const props = { policyNumber: "HB1234", status: "Active", canCancel: true, startDate: null, endDate: null };
    const view = render(<CancelPolicy {...props} versionId="v1" />);
    view.rerender(<CancelPolicy {...props} versionId="v5" />);
    await user.type(screen.getByLabelText("Why do you want to cancel?"), "Sold the bike");
    await user.click(screen.getByRole("button", { name: "Request cancellation" }));
    expect(await screen.findByText("We've received your cancellation request")).toBeInTheDocument();
    expect(ifMatch).toBe("v5");
  });
});

const QUOTE = "/api/v3/policy/HB1234/cancel/quote/";
export const coolingOffQuote = {
  policy_number: "HB1234",
  termination_date: "2026-01-01",
  from_inception: false,
  cooling_off: true,
  cooling_off_ends: "2026-01-15",
  basis: "cooling_off",
  days_in_term: 365,
  days_unused: 364,
  lines: [
    { id: "premium", label: "Premium", amount: "100.00", refund: "100.00" },
    { id: "ipt", label: "Insurance premium tax", amount: "12.00", refund: "12.00" },
  ],
  deductions: [],
  total_refund: "112.00",
  currency: "GBP",
};

describe("CancelPolicy shows the refund before the request is sent", () => {
  it("itemised, for the date chosen, asked again when the date changes", async () => {
    const asked: string[] = [];
    server.use(
      http.get(QUOTE, ({ request }) => {
        const date = new URL(request.url).searchParams.get("termination_date") ?? "";
        asked.push(date);
        return HttpResponse.json({ ...coolingOffQuote, termination_date: date });
      }),
    );
    const user = setup();
    const refund = await screen.findByRole("region", { name: "Your refund for this date" });
    expect(refund).toHaveTextContent("within the cooling-off period (until 15 January 2026)");
    expect(refund).toHaveTextContent("Premium£100.00£100.00");
    expect(refund).toHaveTextContent("Total refund£112.00");
    const date = screen.getByLabelText("When should your cover end?");
    await user.clear(date);
    await user.type(date, "2026-06-30");
    await waitFor(() => expect(asked).toContain("2026-06-30"));
    expect(await screen.findByText(/Cover ends on 30 June 2026/)).toBeInTheDocument();
  });

  it("shows nothing about a refund when the backend has no quote (a contract-only backend)", async () => {
    server.use(http.get(QUOTE, () => HttpResponse.json({ detail: "Not found", code: "not_found" }, { status: 404 })));
    setup();
    expect(await screen.findByRole("button", { name: "Request cancellation" })).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole("region", { name: "Your refund for this date" })).toBeNull();
  });
});

describe("before the page's script runs", () => {
  it("keeps a reason written into the server's HTML, and sends it", async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(CANCEL, async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ ...fresh, status: "Cancellation-requested", version_id: "v2" });
      }),
    );
    const page = serverHtml(cancelPolicy());
    // A person on a slow phone writes while the page's script is still loading.
    const reason = screen.getByLabelText("Why do you want to cancel?") as HTMLTextAreaElement;
    reason.value = "Sold the bike";
    await page.hydrate();
    try {
      expect(reason.value).toBe("Sold the bike");
      await userEvent.setup().click(screen.getByRole("button", { name: "Request cancellation" }));
      await waitFor(() => expect(sent).toEqual([expect.objectContaining({ cancellation_reason: "Sold the bike" })]));
    } finally {
      page.remove();
    }
  });
});
