import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "@/mocks/server";
import { OutboxEmails } from "./outbox-emails";

const email = (id: string, body: string) => ({
  id,
  to: "ann@example.test",
  subject: "Your code",
  body,
  created_at: "2026-06-15T12:00:00Z",
});

describe("OutboxEmails", () => {
  it("reads the outbox through the proxy for one address, and Refresh asks again", async () => {
    const asked: string[] = [];
    let emails = [email("1", "Your code is 123456")];
    server.use(
      http.get("/api/v3/dev/outbox/", ({ request }) => {
        asked.push(new URL(request.url).searchParams.get("to") ?? "");
        return HttpResponse.json({ emails });
      }),
    );
    render(<OutboxEmails to="ann@example.test" />);
    const first = await screen.findByTestId("outbox-email");
    expect(first.querySelector("pre")).toHaveTextContent("Your code is 123456");
    expect(screen.getByLabelText("Email address")).toHaveValue("ann@example.test");
    expect(asked).toEqual(["ann@example.test"]);

    emails = [email("2", "Your code is 654321"), ...emails];
    await userEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(screen.getAllByTestId("outbox-email")).toHaveLength(2));
    expect(screen.getAllByTestId("outbox-email")[0].querySelector("pre")).toHaveTextContent("654321");
  });

  it("says the outbox is only for development when the proxy or the backend has none", async () => {
    server.use(
      http.get("/api/v3/dev/outbox/", () =>
        HttpResponse.json({ detail: "There is nothing at this address.", code: "not_found" }, { status: 404 }),
      ),
    );
    render(<OutboxEmails to="" />);
    expect(await screen.findByText("The outbox is only available in development.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Refresh" })).not.toBeInTheDocument();
  });

  it("says when there are no emails yet", async () => {
    server.use(http.get("/api/v3/dev/outbox/", () => HttpResponse.json({ emails: [] })));
    render(<OutboxEmails to="bob@example.test" />);
    expect(await screen.findByText("No emails to bob@example.test yet.")).toBeInTheDocument();
  });
});
