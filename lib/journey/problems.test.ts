import { describe, expect, it } from "vitest";
import { OFFLINE, UNREADABLE } from "@/lib/client-api";
import { JOURNEY_OFFLINE, JOURNEY_SERVICE_DOWN, JOURNEY_UNREADABLE, journeyProblem } from "./problems";

describe("journeyProblem", () => {
  it("says the answers are kept on this device when the app can't be reached or read", () => {
    expect(journeyProblem({ ok: false, status: 0, detail: OFFLINE, body: null })).toBe(JOURNEY_OFFLINE);
    expect(JOURNEY_OFFLINE).toMatch(/saved on this device/);
    expect(journeyProblem({ ok: false, status: 200, detail: UNREADABLE, body: {} })).toBe(JOURNEY_UNREADABLE);
  });

  it("says the answers are safe while the policy service, or the balancer in front of it, is down", () => {
    for (const status of [502, 503, 504]) {
      const res = { ok: false as const, status, detail: "The upstream instance did not answer.", body: null };
      expect(journeyProblem(res)).toBe(JOURNEY_SERVICE_DOWN);
    }
    expect(JOURNEY_SERVICE_DOWN).toMatch(/saved on this device/);
  });

  it("passes the API's own sentence through", () => {
    expect(journeyProblem({ ok: false, status: 409, detail: "This quote has expired.", body: null })).toBe(
      "This quote has expired.",
    );
  });
});
