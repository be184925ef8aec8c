import { describe, expect, it } from "vitest";
import { OFFLINE, UNREADABLE } from "@/lib/client-api";
import { translator } from "@/lib/i18n/catalogue";
import { journeyProblem } from "./problems";

const t = translator("en", "form");

describe("journeyProblem", () => {
  it("says the answers are kept on this device when the app can't be reached or read", () => {
    expect(journeyProblem({ ok: false, status: 0, detail: OFFLINE, body: null }, t)).toMatch(/saved on this device/);
    expect(journeyProblem({ ok: false, status: 200, detail: UNREADABLE, body: {} }, t)).toBe(t("unreadable"));
  });

  it("says the answers are safe while the policy service, or the balancer in front of it, is down", () => {
    for (const status of [502, 503, 504]) {
      const res = { ok: false as const, status, detail: "The upstream instance did not answer.", body: null };
      expect(journeyProblem(res, t)).toMatch(/^Our policy service isn't answering.*saved on this device/);
    }
  });

  it("speaks the page's language", () => {
    const res = { ok: false as const, status: 0, detail: OFFLINE, body: null };
    expect(journeyProblem(res, translator("ar", "form"))).toMatch(/محفوظة على هذا الجهاز/);
  });

  it("passes the API's own sentence through", () => {
    expect(journeyProblem({ ok: false, status: 409, detail: "This quote has expired.", body: null }, t)).toBe(
      "This quote has expired.",
    );
  });
});
