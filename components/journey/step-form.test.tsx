import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Form } from "@/contract/form";
import { server } from "@/mocks/server";
import { StepForm } from "./step-form";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn(), replace: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const SUBMIT = "/api/v3/policy/submit/widget-cover/";
const form = (form_id: string, title = "Colour"): Form => ({
  form_id,
  form_name: form_id,
  form_type: "form",
  fields: [{ type: "text", name: "colour", title, required: true, value: null }],
});
const answer = (over: Record<string, unknown>) => ({
  policy_number: "W-77",
  policy_status: "New",
  description: { image: null, title: null, content: null },
  form: form("w-two", "Size"),
  has_errors: false,
  next_action: "continue",
  content_data: null,
  ...over,
});

function setup(props: Partial<Parameters<typeof StepForm>[0]> = {}) {
  const user = userEvent.setup();
  render(<StepForm slug="widget-cover" policyNumber={null} form={form("w-one")} pricing={null} {...props} />);
  return user;
}

async function answerAndContinue(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Colour/), "Teal");
  await user.click(screen.getByRole("button", { name: "Continue" }));
}

beforeEach(() => {
  vi.clearAllMocks();
  sessionStorage.clear();
});

describe("StepForm", () => {
  it("goes to the step the answer's form names", async () => {
    server.use(http.post(SUBMIT, () => HttpResponse.json(answer({}))));
    await answerAndContinue(setup());
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/quote/W-77/w-two"));
  });

  it("a display goes on to its form's step, which shows the text first and then the form", async () => {
    const content_data = { title: "Good to know", content: "Widgets are fragile.", redirect_to: null };
    server.use(http.post(SUBMIT, () => HttpResponse.json(answer({ next_action: "display", content_data }))));
    await answerAndContinue(setup());
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/quote/W-77/w-two"));
    cleanup(); // the next page
    const user = userEvent.setup();
    const { unmount } = render(
      <StepForm slug="widget-cover" policyNumber="W-77" form={form("w-two", "Size")} pricing={null} displayFirst />,
    );
    // The panel focuses its heading in an effect, which can run after the heading is first found.
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "Good to know" })).toHaveFocus());
    expect(screen.queryByLabelText(/Size/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(screen.getByLabelText(/Size/)).toBeInTheDocument();
    unmount();
    // Read once: after a reload the step shows its form straight away.
    render(
      <StepForm slug="widget-cover" policyNumber="W-77" form={form("w-two", "Size")} pricing={null} displayFirst />,
    );
    expect(await screen.findByLabelText(/Size/)).toBeInTheDocument();
  });

  it("shows the server's errors in the summary, which takes focus, and stays", async () => {
    const errored = { ...form("w-one"), errors: ["We can't cover widgets made before 1990."] };
    server.use(http.post(SUBMIT, () => HttpResponse.json(answer({ has_errors: true, form: errored }))));
    await answerAndContinue(setup());
    const summary = await screen.findByRole("alert");
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent("We can't cover widgets made before 1990.");
    expect(router.push).not.toHaveBeenCalled();
  });

  it("an outcome goes to the quote's own address", async () => {
    server.use(http.post(SUBMIT, () => HttpResponse.json(answer({ next_action: "rejected", form: null }))));
    await answerAndContinue(setup());
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/quote/W-77"));
  });
});
