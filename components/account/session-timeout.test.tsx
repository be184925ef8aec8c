import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { SessionTimeout } from "./session-timeout";

const router = vi.hoisted(() => ({ replace: vi.fn(), push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const START = new Date("2026-06-15T12:00:00Z");
const MINUTE = 60_000;
const at = (minutes: number) => new Date(START.getTime() + minutes * MINUTE).toISOString();

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ["setTimeout", "clearTimeout", "Date"], shouldAdvanceTime: true });
  vi.clearAllMocks();
});
afterEach(() => vi.useRealTimers());

const advance = (minutes: number) => act(() => vi.advanceTimersByTime(minutes * MINUTE));

function setup() {
  const user = userEvent.setup({ delay: null });
  render(
    <>
      <button type="button">Somewhere on the page</button>
      <SessionTimeout expiresAt={at(30)} />
    </>,
  );
  return user;
}

describe("SessionTimeout", () => {
  it("warns two minutes before the end; Stay signed in refreshes and moves the end", async () => {
    let refreshes = 0;
    server.use(http.post("/api/v3/token/refresh/", () => (refreshes++, HttpResponse.json({ expires_at: at(60) }))));
    const user = setup();
    screen.getByRole("button", { name: "Somewhere on the page" }).focus();
    await advance(27);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();

    await advance(1);
    const dialog = screen.getByRole("alertdialog", { name: "You'll be signed out in 2 minutes" });
    expect(dialog).toHaveAttribute("aria-modal", "true");
    const stay = screen.getByRole("button", { name: "Stay signed in" });
    expect(stay).toHaveFocus();

    await user.click(stay);
    await waitFor(() => expect(refreshes).toBe(1));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Somewhere on the page" })).toHaveFocus();

    await advance(5); // the old end passes quietly
    expect(router.replace).not.toHaveBeenCalled();
    await advance(53); // two minutes before the new end (minute 60)
    expect(screen.getByRole("alertdialog")).toBeInTheDocument();
  });

  it("goes to sign-in, saying why, when the time runs out", async () => {
    setup();
    await advance(30);
    expect(router.replace).toHaveBeenCalledWith("/account/sign-in?next=%2F&reason=timeout");
  });

  it("keeps keyboard focus inside the warning, and Sign out signs out", async () => {
    let loggedOut = false;
    server.use(http.post("/api/v3/logout/", () => ((loggedOut = true), new HttpResponse(null, { status: 204 }))));
    const user = setup();
    await advance(28);
    await user.tab();
    expect(screen.getByRole("button", { name: "Sign out" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Stay signed in" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    await waitFor(() => expect(loggedOut).toBe(true));
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith("/account/sign-in?reason=signed-out"));
  });

  it("goes to sign-in when the refresh says the sign-in has ended", async () => {
    server.use(
      http.post("/api/v3/token/refresh/", () =>
        HttpResponse.json({ code: "unauthenticated", detail: "Please sign in again." }, { status: 401 }),
      ),
    );
    const user = setup();
    await advance(28);
    await user.click(screen.getByRole("button", { name: "Stay signed in" }));
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith("/account/sign-in?next=%2F&reason=ended"));
  });
});
