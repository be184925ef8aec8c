import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { serverHtml } from "@/lib/testing/server-html";
import { SignInPanel } from "./sign-in-panel";

const router = vi.hoisted(() => ({ replace: vi.fn(), push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const REQUEST = "/api/v3/customer/otp/request/";
const VERIFY = "/api/v3/customer/otp/verify/";
const POLICY_LOGIN = "/api/v3/customer/policy-login/";
const NEXT = "/account/policies/HB1234";

function setup() {
  const user = userEvent.setup();
  render(<SignInPanel next={NEXT} />);
  return user;
}

beforeEach(() => vi.clearAllMocks());

describe("signing in with a code by email", () => {
  it("says a code was sent, shows a wrong code's error focused, sends a new code, then signs in", async () => {
    const requests: unknown[] = [];
    server.use(
      http.post(REQUEST, async ({ request }) => {
        requests.push(await request.json());
        return HttpResponse.json(
          { detail: "If that email belongs to a customer, a code is on its way." },
          { status: 202 },
        );
      }),
      http.post(VERIFY, async ({ request }) => {
        const { code } = (await request.json()) as { code: string };
        if (code !== "123456")
          return HttpResponse.json(
            { detail: "That code isn't right. Check the newest email from us.", code: "not_authenticated" },
            { status: 401 },
          );
        return HttpResponse.json({ expires_at: "2030-01-01T00:30:00Z", customer: { email: "dana@example.com" } });
      }),
    );
    const user = setup();
    await user.type(screen.getByLabelText("Email address"), "dana@example.com{Enter}");
    const sent = await screen.findByText(/We've sent a code if that email has a policy with us/);
    await waitFor(() => expect(sent.closest("[tabindex='-1']")).toHaveFocus());
    expect(requests).toEqual([{ email: "dana@example.com" }]);

    await user.type(screen.getByLabelText("6-digit code"), "654321");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    const error = await screen.findByRole("alert");
    expect(error).toHaveTextContent("That code isn't right. Check the newest email from us.");
    await waitFor(() => expect(error.parentElement).toHaveFocus());
    expect(router.replace).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Send a new code" }));
    expect(await screen.findByText(/We've sent a new code/)).toBeInTheDocument();
    expect(requests).toHaveLength(2);

    await user.type(screen.getByLabelText("6-digit code"), "123 456");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith(NEXT));
  });

  it("checks the email and the code's shape before sending, focusing the field", async () => {
    const user = setup();
    await user.click(screen.getByRole("button", { name: "Send me a code" }));
    const email = screen.getByLabelText("Email address");
    expect(email).toHaveFocus();
    expect(email).toHaveAccessibleDescription(/Enter your email address, like name@example.com/);
  });
});

describe("signing in with a policy number", () => {
  it("signs in with the policy number and last name", async () => {
    let body: unknown;
    server.use(
      http.post(POLICY_LOGIN, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ expires_at: "2030-01-01T00:30:00Z", policy_number: "HB1234", customer: {} });
      }),
    );
    const user = setup();
    await user.type(screen.getByLabelText("Policy number"), " hb1234 ");
    await user.type(screen.getByLabelText("Last name"), "Demo");
    await user.click(screen.getByRole("button", { name: "Sign in with policy number" }));
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith(NEXT));
    expect(body).toEqual({ policy_number: "hb1234", last_name: "Demo" });
  });

  it("shows a refusal (401 or 429) in a focused alert, and missing answers on their fields", async () => {
    server.use(
      http.post(POLICY_LOGIN, () =>
        HttpResponse.json(
          { detail: "Too many attempts. Please wait a few minutes and try again.", code: "rate_limited" },
          { status: 429 },
        ),
      ),
    );
    const user = setup();
    await user.click(screen.getByRole("button", { name: "Sign in with policy number" }));
    expect(screen.getByLabelText("Policy number")).toHaveFocus();
    expect(screen.getByLabelText("Last name")).toHaveAccessibleDescription(/Enter your last name/);
    await user.type(screen.getByLabelText("Policy number"), "HB1234");
    await user.type(screen.getByLabelText("Last name"), "Demo");
    await user.click(screen.getByRole("button", { name: "Sign in with policy number" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Too many attempts. Please wait a few minutes and try again.");
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
  });
});

describe("before the page's script runs", () => {
  it("keeps an email address typed into the server's HTML, and sends it", async () => {
    const requests: unknown[] = [];
    server.use(
      http.post(REQUEST, async ({ request }) => {
        requests.push(await request.json());
        return HttpResponse.json({ detail: "A code is on its way." }, { status: 202 });
      }),
    );
    const page = serverHtml(<SignInPanel next={NEXT} />);
    // A person on a slow phone types while the page's script is still loading.
    const box = screen.getByLabelText("Email address") as HTMLInputElement;
    box.value = "dana@example.com";
    await page.hydrate();
    try {
      expect(box.value).toBe("dana@example.com");
      await userEvent.setup().type(box, "{Enter}");
      await waitFor(() => expect(requests).toEqual([{ email: "dana@example.com" }]));
    } finally {
      page.remove();
    }
  });
});
