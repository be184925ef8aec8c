import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "@/mocks/server";
import EmailContinueForm from "./email-continue-form";

const PATH = "/api/v3/policy/HB1234/email-continue-link/";

function answer(known: string | null, post: (body: { email: string }) => Response | Promise<Response>) {
  const sent: Array<{ email: string }> = [];
  server.use(
    http.get(PATH, () => HttpResponse.json({ email: known })),
    http.post(PATH, async ({ request }) => {
      const body = (await request.json()) as { email: string };
      sent.push(body);
      return post(body);
    }),
  );
  return sent;
}

describe("Email me a link to continue (the form)", () => {
  it("is pre-filled with the quote's email and says where the link went and until when", async () => {
    const sent = answer("grace@example.com", ({ email }) =>
      HttpResponse.json({ email, expires_at: "2026-12-08T14:05:00Z" }),
    );
    const user = userEvent.setup();
    render(<EmailContinueForm policyNumber="HB1234" />);
    const box = screen.getByLabelText("Your email address");
    await waitFor(() => expect(box).toHaveValue("grace@example.com"));
    await user.click(screen.getByRole("button", { name: "Email me the link" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "We've emailed a link to grace@example.com. It works until 8 December 2026 at 14:05.",
    );
    expect(sent).toEqual([{ email: "grace@example.com" }]);
  });

  it("asks for an address when there is none, and shows the API's sentence on the field, focused", async () => {
    const sent = answer(null, () =>
      HttpResponse.json({ detail: "Enter an email address like name@example.com", code: "invalid" }, { status: 422 }),
    );
    const user = userEvent.setup();
    render(<EmailContinueForm policyNumber="HB1234" />);
    const box = screen.getByLabelText("Your email address");
    await user.click(screen.getByRole("button", { name: "Email me the link" }));
    expect(await screen.findByText("Enter your email address")).toBeVisible();
    expect(box).toHaveFocus();
    expect(sent).toHaveLength(0);

    await user.type(box, "nope");
    await user.click(screen.getByRole("button", { name: "Email me the link" }));
    expect(await screen.findByText("Enter an email address like name@example.com")).toBeVisible();
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute("aria-invalid", "true");
  });

  it("a refusal (too many links) is announced as an alert", async () => {
    answer(null, () =>
      HttpResponse.json({ detail: "Please try again in 12 minutes.", code: "rate_limited" }, { status: 429 }),
    );
    const user = userEvent.setup();
    render(<EmailContinueForm policyNumber="HB1234" />);
    await user.type(screen.getByLabelText("Your email address"), "a@example.com");
    await user.click(screen.getByRole("button", { name: "Email me the link" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Please try again in 12 minutes.");
  });
});
