import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { useSyncExternalStore } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Form } from "@/contract/form";
import { server } from "@/mocks/server";
import { takeTraversal } from "@/lib/journey/traversal";
import { LiveStep } from "./live-step";
import { StepViewBody, type StepMeta } from "./step-view-body";

// The address as Next's router holds it: history.pushState moves it, as Next's own integration does.
const address = vi.hoisted(() => {
  let path = "";
  const listeners = new Set<() => void>();
  return {
    get: () => path,
    set(next: string) {
      path = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
});
const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn(), replace: vi.fn(), prefetch: vi.fn() }));
vi.mock("next/navigation", () => ({
  useRouter: () => router,
  usePathname: () => useSyncExternalStore(address.subscribe, address.get),
}));

const SUBMIT = "/api/v3/policy/submit/widget-cover/";
const form = (form_id: string, form_name: string, title: string): Form => ({
  form_id,
  form_name,
  form_type: "form",
  fields: [{ type: "text", name: title.toLowerCase(), title, required: true, value: null }],
});
const meta: StepMeta = {
  name: "Widget cover",
  form_sequence: [
    { id: "w-one", title: "Your widget" },
    { id: "w-two", title: "Its size" },
  ],
};
const answer = (over: Record<string, unknown>) => ({
  policy_number: "W-77",
  policy_status: "New",
  description: { image: null, title: null, content: null },
  form: form("w-two", "Its size", "Size"),
  has_errors: false,
  next_action: "continue",
  content_data: null,
  ...over,
});

const t = (key: string) => (key === "back" ? "Back" : key);

function renderFirstStep() {
  const at = "/quote/W-77/w-one";
  window.history.replaceState(null, "", at);
  address.set(at);
  const first = form("w-one", "Your widget", "Colour");
  render(
    <main>
      <LiveStep at={at} slug="widget-cover" meta={meta} intro={null} notice={null}>
        <StepViewBody
          t={t}
          slug="widget-cover"
          meta={meta}
          policyNumber="W-77"
          state={{ form: first, description: { image: null, title: null, content: null } }}
        />
      </LiveStep>
    </main>,
  );
  return userEvent.setup();
}

/** The first step drawn by the server, answered and sent; the submit is answered with `reply`. */
async function continueWith(reply: ReturnType<typeof answer>) {
  server.use(http.post(SUBMIT, () => HttpResponse.json(reply)));
  const user = renderFirstStep();
  await user.type(screen.getByLabelText(/Colour/), "Teal");
  await user.click(screen.getByRole("button", { name: "Continue" }));
}

const pushState = window.history.pushState.bind(window.history);
let requests: string[] = [];
const record = ({ request }: { request: Request }) => {
  requests.push(`${request.method} ${new URL(request.url).pathname}`);
};

beforeEach(() => {
  vi.clearAllMocks();
  sessionStorage.clear();
  requests = [];
  takeTraversal(); // a Back or Forward of an earlier test is not this test's
  server.events.on("request:start", record);
  vi.spyOn(window, "scrollTo").mockImplementation(() => undefined);
  vi.spyOn(window.history, "pushState").mockImplementation((data, unused, url) => {
    pushState(data, unused, url);
    address.set(String(url));
  });
});

afterEach(() => {
  server.events.removeListener("request:start", record);
  vi.restoreAllMocks();
});

describe("LiveStep", () => {
  it("shows the next step from the submit's answer: one request, the address and title follow, focus on its heading", async () => {
    await continueWith(answer({}));

    const heading = await screen.findByRole("heading", { level: 1, name: "Its size" });
    expect(screen.getByLabelText(/Size/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/Colour/)).not.toBeInTheDocument();
    expect(window.history.pushState).toHaveBeenCalledWith(null, "", "/quote/W-77/w-two");
    expect(address.get()).toBe("/quote/W-77/w-two");
    expect(document.title).toBe("Its size – Widget cover");
    expect(router.push).not.toHaveBeenCalled();
    expect(requests).toEqual([`POST ${SUBMIT}`]);
    await waitFor(() => expect(heading).toHaveFocus());
    // Back from it leads to the step before, by its own address.
    expect(screen.getByRole("link", { name: /Back/ })).toHaveAttribute("href", "/quote/W-77/w-one");
  });

  it("shows the server's drawing again when the address is back at its own (the browser's Back)", async () => {
    await continueWith(answer({}));
    await screen.findByLabelText(/Size/);

    act(() => address.set("/quote/W-77/w-one"));
    expect(screen.getByRole("heading", { level: 1, name: "Your widget" })).toBeInTheDocument();
    expect(screen.queryByLabelText(/Size/)).not.toBeInTheDocument();
    // Forward: the step drawn here for that address.
    act(() => address.set("/quote/W-77/w-two"));
    expect(screen.getByLabelText(/Size/)).toBeInTheDocument();
  });

  it("asks the server for an address it neither was drawn for nor drew, on Back or Forward", async () => {
    await continueWith(answer({}));
    await screen.findByLabelText(/Size/);
    const traverse = (to: string) =>
      act(() => {
        window.history.replaceState(null, "", to);
        address.set(to);
        window.dispatchEvent(new PopStateEvent("popstate"));
      });

    // Back to the server's own address: its step mounts again and asks for its saved answers (StepForm), once.
    traverse("/quote/W-77/w-one");
    expect(router.refresh).toHaveBeenCalledTimes(1);
    // Forward to an entry an earlier page of this tab made, say: nothing of this page's own to show, so the server
    // is asked, though the step on screen stays mounted.
    traverse("/quote/W-77/w-three");
    expect(router.refresh).toHaveBeenCalledTimes(2);
    // Back at its own address: nothing to ask.
    traverse("/quote/W-77/w-one");
    expect(router.refresh).toHaveBeenCalledTimes(2);
  });

  it("leaves any other answer to the router (here: on to the review)", async () => {
    await continueWith(answer({ next_action: "complete", form: null }));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/quote/W-77/review"));
    expect(window.history.pushState).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Colour/)).toBeInTheDocument();
  });

  it("leaves the same step again to the router, which asks the server for it afresh", async () => {
    await continueWith(answer({ form: form("w-one", "Your widget", "Colour") }));
    await waitFor(() => expect(router.refresh).toHaveBeenCalled());
    expect(window.history.pushState).not.toHaveBeenCalled();
  });

  it("keeps the step and its answers when the server finds errors", async () => {
    const errored = { ...form("w-one", "Your widget", "Colour"), errors: ["We can't cover teal widgets."] };
    await continueWith(answer({ has_errors: true, form: errored }));
    expect(await screen.findByRole("alert")).toHaveTextContent("We can't cover teal widgets.");
    expect(screen.getByLabelText(/Colour/)).toHaveValue("Teal");
    expect(window.history.pushState).not.toHaveBeenCalled();
  });
});
