import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { applicant, completeSteps, pay } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

async function quoted(slug = "bicycle") {
  const a = applicant(backend.url, slug);
  await completeSteps(backend.url, a, slug);
  return a;
}

describe("payment", () => {
  it("a declined card returns with the reason; a good card then makes the policy Active", async () => {
    const a = await quoted();
    const declined = await pay(backend.url, a, "4000 0000 0000 0002");
    expect(declined.location.searchParams.get("payment")).toBe("declined");
    expect(declined.location.searchParams.get("reason")).toMatch(/declined by your bank/);
    expect((await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json.status).toBe("Quoted");
    const paid = await pay(backend.url, a, "4242424242424242", false);
    expect(paid.location.searchParams.get("payment")).toBe("succeeded");
    const view = (await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json;
    expect(view.status).toBe("Active");
    expect(view.payments.map((p: { status: string }) => p.status)).toEqual([
      expect.stringMatching(/^Payment declined/),
      "Payment succeeded",
    ]);
    expect(view.last_successful_payment).toBe(view.payments[1].timestamp);
  });

  it("processing the same token again returns the first outcome and charges once", async () => {
    const a = await quoted();
    const first = await pay(backend.url, a);
    const replay = await a.call("GET", first.processPath);
    expect(replay.status).toBe(303);
    expect(replay.headers.get("location")).toBe(first.location.href);
    const view = (await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json;
    expect(view.payments).toHaveLength(1);
    const again = await a.get(
      `/api/v3/payment/token/?policy_number=${a.state.policyNumber}&payment_mode=annual&return_url=${encodeURIComponent("http://127.0.0.1:3999/x")}`,
    );
    expect(again.status).toBe(409);
  });

  it("the sandbox page explains card mistakes without charging", async () => {
    const a = await quoted();
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
      form: {
        form_id: "confirmation",
        fields: [
          { name: "accurate", value: true },
          { name: "accept_terms", value: true },
        ],
      },
    });
    const token = await a.get(
      `/api/v3/payment/token/?policy_number=${a.state.policyNumber}&payment_mode=monthly&return_url=${encodeURIComponent("http://localhost:3000/r")}`,
    );
    expect(token.status).toBe(200);
    const path = new URL(token.json.redirect_url).pathname;
    const page = await a.call("GET", path);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.text).toContain(`Pay ${token.json.amount}`);
    const bad = await a.call("POST", path, {
      raw: "card_number=1234&expiry=13/20&cvc=1&name=",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain("Enter a valid card number");
    expect(bad.text).toContain("Enter the expiry date as MM/YY");
  });

  it("refuses to pay before confirming, an unknown mode, and an untrusted return_url", async () => {
    const a = await quoted();
    const q = (mode: string, url: string) =>
      a.get(
        `/api/v3/payment/token/?policy_number=${a.state.policyNumber}&payment_mode=${mode}&return_url=${encodeURIComponent(url)}`,
      );
    expect((await q("annual", "http://127.0.0.1:3000/r")).status).toBe(409);
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
      form: {
        form_id: "confirmation",
        fields: [
          { name: "accurate", value: true },
          { name: "accept_terms", value: true },
        ],
      },
    });
    const mode = await q("weekly", "http://127.0.0.1:3000/r");
    expect(mode.status).toBe(422);
    expect(mode.json.detail).toBe("payment_mode must be one of: annual, monthly.");
    expect((await q("annual", "https://evil.example/steal")).status).toBe(422);
  });

  it("confirmation needs both boxes ticked", async () => {
    const a = await quoted();
    const reply = await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
      form: { form_id: "confirmation", fields: [{ name: "accurate", value: true }] },
    });
    expect(reply.json.has_errors).toBe(true);
    expect(reply.json.form.fields.find((f: { name: string }) => f.name === "accept_terms").errors).toHaveLength(1);
  });
});

describe("when_at", () => {
  it("shows the policy as it stood at a time", async () => {
    const a = await quoted();
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await pay(backend.url, a);
    const now = (await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json;
    const then = await a.get(`/api/v3/policy/${a.state.policyNumber}/?when_at=${encodeURIComponent(before)}`);
    expect(then.json).toMatchObject({ status: "Quoted", when_at: before, payments: [] });
    expect(then.json.version_id).not.toBe(now.version_id);
    expect(then.headers.get("etag")).toBe(`"${then.json.version_id}"`);
    expect((await a.get(`/api/v3/policy/${a.state.policyNumber}/?when_at=2001-01-01T00:00:00Z`)).status).toBe(404);
    expect((await a.get(`/api/v3/policy/${a.state.policyNumber}/?when_at=yesterday`)).status).toBe(422);
  });
});

describe("a policy is never charged twice, nor for a quote that changed", () => {
  const startToken = async (a: Awaited<ReturnType<typeof quoted>>) =>
    (
      await a.get(
        `/api/v3/payment/token/?policy_number=${a.state.policyNumber}&payment_mode=annual&return_url=${encodeURIComponent("http://127.0.0.1:3999/r")}`,
      )
    ).json;
  const payOn = async (a: Awaited<ReturnType<typeof quoted>>, token: { redirect_url: string }) => {
    const page = await a.call("POST", new URL(token.redirect_url).pathname, {
      raw: "card_number=4242424242424242&expiry=12/39&cvc=123&name=A",
      contentType: "application/x-www-form-urlencoded",
    });
    return new URL((await a.call("GET", page.headers.get("location")!)).headers.get("location")!);
  };
  const confirm = (a: Awaited<ReturnType<typeof quoted>>) =>
    a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
      form: {
        form_id: "confirmation",
        fields: [
          { name: "accurate", value: true },
          { name: "accept_terms", value: true },
        ],
      },
    });

  it("two payment pages for one quote: the second is not taken", async () => {
    const a = await quoted();
    await confirm(a);
    const [first, second] = [await startToken(a), await startToken(a)];
    expect((await payOn(a, first)).searchParams.get("payment")).toBe("succeeded");
    const late = await payOn(a, second);
    expect(late.searchParams.get("payment")).toBe("declined");
    expect(late.searchParams.get("reason")).toMatch(/already paid/);
    const view = (await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json;
    expect(view.payments.filter((p: { status: string }) => p.status === "Payment succeeded")).toHaveLength(1);
  });

  it("a payment started before the answers changed is not taken", async () => {
    const a = await quoted();
    await confirm(a);
    const stale = await startToken(a);
    await a.submit("quote", { tier: "premium", excess: "0", perils: [] });
    const outcome = await payOn(a, stale);
    expect(outcome.searchParams.get("payment")).toBe("declined");
    expect((await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json.status).not.toBe("Active");
  });
});
