import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { ContinueLinkAction } from "./continue-link-action";

const LINK = "/api/v3/policy/Q77/continue-link/";
const answer = {
  signed_policy_number: "Q77.1799999999.sig",
  url: "http://localhost:3000/continue/Q77.1799999999.sig",
  expires_at: "2026-03-10T12:00:00.000Z",
};

describe("ContinueLinkAction", () => {
  it("asks first, sends send_email and this site's origin, then shows the link, its expiry and a copy button", async () => {
    let body: unknown = null;
    server.use(
      http.post(LINK, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(answer);
      }),
    );
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    render(<ContinueLinkAction policyNumber="Q77" email="grace@example.com" />);

    await user.click(screen.getByRole("button", { name: "Send a continue link" }));
    expect(screen.getByText("Make a continue link for quote Q77?")).toHaveFocus();
    expect(screen.getByLabelText("Email the link to the customer")).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Yes, make the link" }));

    expect(await screen.findByText("Continue link ready")).toBeInTheDocument();
    expect(body).toEqual({ send_email: true, base_url: window.location.origin });
    expect(screen.getByLabelText("Link to continue the quote")).toHaveValue(answer.url);
    expect(
      screen.getByText(/We've emailed this link to the customer\. It works until 10 Mar 2026, 12:00 GMT\./),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Copy the link" }));
    expect(writeText).toHaveBeenCalledWith(answer.url);
    await waitFor(() => expect(screen.getByText("Copied.")).toBeInTheDocument());
  });

  it("can make the link without emailing it", async () => {
    let body: unknown = null;
    server.use(http.post(LINK, async ({ request }) => ((body = await request.json()), HttpResponse.json(answer))));
    const user = userEvent.setup();
    render(<ContinueLinkAction policyNumber="Q77" email="grace@example.com" />);
    await user.click(screen.getByRole("button", { name: "Send a continue link" }));
    await user.click(screen.getByLabelText("Email the link to the customer"));
    await user.click(screen.getByRole("button", { name: "Yes, make the link" }));
    expect(await screen.findByText(/Send this link to the customer\./)).toBeInTheDocument();
    expect(body).toMatchObject({ send_email: false });
  });

  it("without an email address on the quote: the box is unticked and disabled, and says why", async () => {
    let body: unknown = null;
    server.use(http.post(LINK, async ({ request }) => ((body = await request.json()), HttpResponse.json(answer))));
    const user = userEvent.setup();
    render(<ContinueLinkAction policyNumber="Q77" email={null} />);
    await user.click(screen.getByRole("button", { name: "Send a continue link" }));
    const box = screen.getByLabelText("Email the link to the customer");
    expect(box).not.toBeChecked();
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription(
      "The quote has no email address yet, so the link can't be emailed: copy it and send it yourself.",
    );
    await user.click(screen.getByRole("button", { name: "Yes, make the link" }));
    expect(await screen.findByText(/Send this link to the customer\./)).toBeInTheDocument();
    expect(body).toMatchObject({ send_email: false });
  });

  it("says where the email goes when there is an address", async () => {
    const user = userEvent.setup();
    render(<ContinueLinkAction policyNumber="Q77" email="grace@example.com" />);
    await user.click(screen.getByRole("button", { name: "Send a continue link" }));
    expect(screen.getByLabelText("Email the link to the customer")).toHaveAccessibleDescription(
      "It goes to grace@example.com.",
    );
  });

  it("shows the API's sentence when the user may not send links (403)", async () => {
    server.use(
      http.post(LINK, () =>
        HttpResponse.json(
          {
            detail: "You don't have permission to send continue links (send_continue_links).",
            code: "permission_denied",
          },
          { status: 403 },
        ),
      ),
    );
    const user = userEvent.setup();
    render(<ContinueLinkAction policyNumber="Q77" email="grace@example.com" />);
    await user.click(screen.getByRole("button", { name: "Send a continue link" }));
    await user.click(screen.getByRole("button", { name: "Yes, make the link" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("We couldn't make the link")).toBeInTheDocument();
    expect(alert).toHaveTextContent("You don't have permission to send continue links (send_continue_links).");
  });
});
