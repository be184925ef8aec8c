import { describe, expect, it } from "vitest";
import { OFFLINE, UNREADABLE } from "@/lib/client-api";
import { JOURNEY_OFFLINE, JOURNEY_UNREADABLE, journeyProblem } from "./problems";

describe("journeyProblem", () => {
  it("says the answers are kept on this device when the app can't be reached or read", () => {
    expect(journeyProblem({ ok: false, status: 0, detail: OFFLINE, body: null })).toBe(JOURNEY_OFFLINE);
    expect(JOURNEY_OFFLINE).toMatch(/saved on this device/);
    expect(journeyProblem({ ok: false, status: 200, detail: UNREADABLE, body: {} })).toBe(JOURNEY_UNREADABLE);
  });

  it("passes the API's own sentence through", () => {
    expect(journeyProblem({ ok: false, status: 409, detail: "This quote has expired.", body: null })).toBe("This quote has expired.");
  });
});
