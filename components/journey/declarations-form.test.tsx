import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Form } from "@/contract/form";
import { serverHtml } from "@/lib/testing/server-html";
import { server } from "@/mocks/server";
import { ConfirmForm } from "./confirm-form";
import { isDeclarationsOnly } from "./declarations-form";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn(), replace: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const CONFIRM = "/api/v3/policy/W-77/confirm/";
const declarations = (errors?: string[]): Form => ({
  form_id: "confirm",
  form_name: "Confirm",
  form_type: "confirmation",
  fields: [
    { type: "content", name: "intro", title: "", required: false, content: "Please read before you buy." },
    { type: "checkbox", name: "accurate", title: "My answers are true", required: true, value: false, errors },
    { type: "checkbox", name: "news", title: "Send me news", required: false, value: false },
    { type: "hidden", name: "source", title: "", required: false, value: "web" },
  ],
});
const complete = {
  policy_number: "W-77",
  policy_status: "Active",
  description: { image: null, title: null, content: null },
  form: null,
  has_errors: false,
  next_action: "complete",
  content_data: null,
};

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe("the confirmation's declarations, without the whole renderer", () => {
  it("is used only for ticks, text and hidden values", () => {
    expect(isDeclarationsOnly(declarations())).toBe(true);
    const withText = declarations();
    withText.fields.push({ type: "text", name: "initials", title: "Initials", required: true, value: null });
    expect(isDeclarationsOnly(withText)).toBe(false);
  });

  it("an unticked declaration is summarised, linked and focused, and nothing is sent", async () => {
    const sent = vi.fn();
    server.use(http.post(CONFIRM, () => (sent(), HttpResponse.json(complete))));
    const user = userEvent.setup();
    render(<ConfirmForm policyNumber="W-77" form={declarations()} submitLabel="Confirm and continue" />);
    expect(screen.getByText("Please read before you buy.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Confirm and continue" }));
    const summary = await screen.findByRole("alert");
    expect(document.activeElement).toBe(summary);
    const link = screen.getByRole("link", { name: 'Tick "My answers are true" to continue.' });
    const box = screen.getByRole("checkbox", { name: "My answers are true" });
    expect(link.getAttribute("href")).toBe(`#${box.id}`);
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(sent).not.toHaveBeenCalled();
    await user.click(box);
    expect(box.getAttribute("aria-invalid")).toBeNull();
  });

  it("sends the ticks and the hidden values, then goes to the done page", async () => {
    let body: unknown;
    server.use(http.post(CONFIRM, async ({ request }) => ((body = await request.json()), HttpResponse.json(complete))));
    const user = userEvent.setup();
    render(<ConfirmForm policyNumber="W-77" form={declarations()} submitLabel="Confirm and continue" />);
    await user.click(screen.getByRole("checkbox", { name: "My answers are true" }));
    await user.click(screen.getByRole("button", { name: "Confirm and continue" }));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/quote/W-77/done"));
    const fields = (body as { form: { fields: Array<{ name: string; value: unknown }> } }).form.fields;
    expect(Object.fromEntries(fields.map((f) => [f.name, f.value]))).toEqual({
      accurate: true,
      news: false,
      source: "web",
    });
  });

  it("keeps a tick made before the page could answer (the server's HTML ticked, then hydrated)", async () => {
    let body: unknown;
    server.use(http.post(CONFIRM, async ({ request }) => ((body = await request.json()), HttpResponse.json(complete))));
    const page = serverHtml(
      <ConfirmForm policyNumber="W-77" form={declarations()} submitLabel="Confirm and continue" />,
    );
    // A person on a slow phone ticks the box while the page's script is still loading.
    screen.getByRole("checkbox", { name: "My answers are true" }).click();
    await page.hydrate();
    try {
      await userEvent.setup().click(screen.getByRole("button", { name: "Confirm and continue" }));
      await waitFor(() => expect(router.push).toHaveBeenCalledWith("/quote/W-77/done"));
      const fields = (body as { form: { fields: Array<{ name: string; value: unknown }> } }).form.fields;
      expect(fields.find((f) => f.name === "accurate")?.value).toBe(true);
      expect(screen.queryByRole("alert")).toBeNull();
    } finally {
      page.remove();
    }
  });

  it("shows the API's own errors on the form it sends back", async () => {
    const back = { ...complete, policy_status: "Quoted", has_errors: true, form: declarations(["Please tick this."]) };
    server.use(http.post(CONFIRM, () => HttpResponse.json(back)));
    const user = userEvent.setup();
    render(<ConfirmForm policyNumber="W-77" form={declarations()} submitLabel="Confirm and continue" />);
    await user.click(screen.getByRole("checkbox", { name: "My answers are true" }));
    await user.click(screen.getByRole("button", { name: "Confirm and continue" }));
    expect(await screen.findByRole("link", { name: "My answers are true: Please tick this." })).toBeTruthy();
    expect(router.push).not.toHaveBeenCalled();
  });
});
