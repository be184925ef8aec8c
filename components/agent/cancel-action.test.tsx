import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { CancelAction } from "./cancel-action";

const CANCEL = "/api/v3/policy/HB1234/cancel/";
const fresh = {
  policy_number: "HB1234",
  version_id: "v2",
  status: "Active",
  last_updated_on: "2026-03-03",
  last_updated_by: "Sam Supervisor",
};

function setup(coverStarts?: string) {
  const onChanged = vi.fn();
  const onStale = vi.fn();
  const user = userEvent.setup();
  render(
    <CancelAction
      policyNumber="HB1234"
      versionId="v1"
      defaultDate="2026-03-04"
      coverStarts={coverStarts}
      onChanged={onChanged}
      onStale={onStale}
    />,
  );
  return { user, onChanged, onStale };
}

describe("CancelAction", () => {
  it("sends a date before the cover starts, saying the policy is then cancelled from its first day", async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(CANCEL, async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ ...fresh, status: "Cancelled", version_id: "v2" });
      }),
    );
    const { user, onChanged } = setup("2026-03-10");
    await user.click(screen.getByRole("button", { name: "Cancel the policy" }));
    await user.type(screen.getByLabelText("Reason for cancelling"), "Changed their mind");
    expect(screen.getByLabelText("Date cover ends")).toHaveAccessibleDescription(
      "That is before the cover starts on 10 March 2026, so the policy is cancelled from its first day.",
    );
    await user.click(screen.getByRole("button", { name: "Yes, cancel the policy" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith("Policy HB1234 is now Cancelled."));
    expect(sent).toEqual([{ cancellation_reason: "Changed their mind", termination_date: "2026-03-04" }]);
  });

  it("asks for a reason before sending anything", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Cancel the policy" }));
    expect(screen.getByText("Cancel policy HB1234?")).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Yes, cancel the policy" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Say why the policy is being cancelled");
  });

  it("on 412 says someone else changed the policy, shows it as it is now, and retries on that version", async () => {
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
        return HttpResponse.json({ ...fresh, status: "Cancelled", version_id: "v3" });
      }),
    );
    const { user, onChanged } = setup();
    await user.click(screen.getByRole("button", { name: "Cancel the policy" }));
    await user.type(screen.getByLabelText("Reason for cancelling"), "Sold the bike");
    await user.click(screen.getByRole("button", { name: "Yes, cancel the policy" }));

    const conflict = await screen.findByRole("alert");
    expect(conflict).toHaveTextContent("Someone else changed this policy while you were looking");
    expect(conflict).toHaveTextContent("StatusActive");
    expect(conflict).toHaveTextContent("by Sam Supervisor");
    await waitFor(() => expect(conflict.parentElement).toHaveFocus());
    expect(sent[0]).toEqual({
      ifMatch: "v1",
      body: { cancellation_reason: "Sold the bike", termination_date: "2026-03-04" },
    });
    expect(onChanged).not.toHaveBeenCalled();

    // Still on the confirmation step, with the answers kept: confirming again acts on the fresh version.
    expect(screen.getByLabelText("Reason for cancelling")).toHaveValue("Sold the bike");
    await user.click(screen.getByRole("button", { name: "Yes, cancel the policy" }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith("Policy HB1234 is now Cancelled."));
    expect(sent[1].ifMatch).toBe("v2");
  });

  it("on 412 for a policy already cancelled: no 'confirm again', the page is told why it can't be cancelled now", async () => {
    const sent: string[] = [];
    const cancelled = { ...fresh, status: "Cancelled", can_cancel: false };
    server.use(
      http.post(CANCEL, ({ request }) => {
        sent.push(request.headers.get("if-match") ?? "");
        return HttpResponse.json(
          { detail: "Policy HB1234 was changed by someone else.", code: "precondition_failed", policy: cancelled },
          { status: 412 },
        );
      }),
    );
    const { user, onChanged, onStale } = setup();
    await user.click(screen.getByRole("button", { name: "Cancel the policy" }));
    await user.type(screen.getByLabelText("Reason for cancelling"), "Sold the bike");
    await user.click(screen.getByRole("button", { name: "Yes, cancel the policy" }));

    await waitFor(() => expect(onStale).toHaveBeenCalledTimes(1));
    const notice = onStale.mock.calls[0][0];
    expect(notice.title).toBe("Someone else changed this policy while you were looking");
    render(<div data-testid="notice">{notice.body}</div>);
    const body = screen.getByTestId("notice");
    expect(body).toHaveTextContent("StatusCancelled");
    expect(body).toHaveTextContent("It is Cancelled now, so it can't be cancelled. Nothing was changed.");
    expect(body).not.toHaveTextContent(/confirm again/i);
    // The confirmation step is closed: nothing invites a second try that the API would refuse (409).
    expect(screen.queryByRole("button", { name: "Yes, cancel the policy" })).not.toBeInTheDocument();
    expect(sent).toEqual(["v1"]);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("on 409 tells the page the policy can't be cancelled now, with the API's sentence", async () => {
    server.use(
      http.post(CANCEL, () =>
        HttpResponse.json({ detail: "Policy HB1234 is Cancelled.", code: "conflict" }, { status: 409 }),
      ),
    );
    const { user, onStale } = setup();
    await user.click(screen.getByRole("button", { name: "Cancel the policy" }));
    await user.type(screen.getByLabelText("Reason for cancelling"), "Sold the bike");
    await user.click(screen.getByRole("button", { name: "Yes, cancel the policy" }));
    await waitFor(() => expect(onStale).toHaveBeenCalledTimes(1));
    render(<div data-testid="notice">{onStale.mock.calls[0][0].body}</div>);
    expect(screen.getByTestId("notice")).toHaveTextContent("Policy HB1234 is Cancelled. Nothing was changed.");
    expect(screen.queryByRole("button", { name: "Yes, cancel the policy" })).not.toBeInTheDocument();
  });

  it("shows the API's own sentence when the user may not cancel (403)", async () => {
    server.use(
      http.post(CANCEL, () =>
        HttpResponse.json(
          { detail: "You don't have permission to cancel policies (cancel_policy).", code: "permission_denied" },
          { status: 403 },
        ),
      ),
    );
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Cancel the policy" }));
    await user.type(screen.getByLabelText("Reason for cancelling"), "Customer asked");
    await user.click(screen.getByRole("button", { name: "Yes, cancel the policy" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The policy was not cancelled");
    expect(alert).toHaveTextContent("You don't have permission to cancel policies (cancel_policy).");
  });
});
