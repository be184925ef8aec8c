import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, paidPolicy, validAnswers } from "../test/journeys";

let backend: Backend;
let grace: Awaited<ReturnType<typeof paidPolicy>>;
let other: Awaited<ReturnType<typeof paidPolicy>>;

const OPEN = "S_NEW,S_QUOTED,S_PENDING_APPROVAL";
const bike = validAnswers.bicycle[0][1];
const quote = validAnswers.bicycle[1][1];

beforeAll(async () => {
  backend = await startBackend();
  grace = await paidPolicy(backend.url, "quotes.grace@example.com", "Hopper");
  other = await paidPolicy(backend.url, "quotes.other@example.com", "Other");
});
afterAll(() => backend.close());

describe("a signed-in customer's open quotes", () => {
  it("lists a quote started while signed in, with its total and last change, and opens it with the token alone", async () => {
    const a = applicant(backend.url, "bicycle");
    a.state.customerToken = grace.token;
    await a.submit("bike", bike);
    await a.submit("quote", quote);
    const n = a.state.policyNumber!;
    const call = client(backend.url);

    const list = await call("GET", `/api/v3/policy/all/?status=${OPEN}`, { token: grace.token });
    expect(list.status).toBe(200);
    const item = list.json.policies.find((p: { policy_number: string }) => p.policy_number === n);
    expect(item).toMatchObject({ status: "New", product_name: "Bicycle insurance", currency: "GBP" });
    expect(item.total_price).toMatch(/^\d+\.\d{2}$/);
    expect(Number(item.total_price)).toBeGreaterThan(item.premium);
    expect(Date.parse(item.updated_at)).not.toBeNaN();

    // Another device: the customer token, no quote token.
    const state = await call("GET", `/api/v3/policy/submit/bicycle/?policy_number=${n}`, { token: grace.token });
    expect(state.status).toBe(200);
    expect(state.json.form.form_id).toBe("owner");
    expect((await call("GET", `/api/v3/policy/${n}/`, { token: grace.token })).status).toBe(200);
  });

  it("takes a quote started before signing in once the signed-in customer answers a step of it", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", bike);
    const n = a.state.policyNumber!;
    const call = client(backend.url);
    expect((await call("GET", `/api/v3/policy/${n}/`, { token: grace.token })).status).toBe(404);

    a.state.customerToken = grace.token; // signed in in the same browser, which still holds the quote token
    await a.submit("quote", quote);
    const state = await call("GET", `/api/v3/policy/submit/bicycle/?policy_number=${n}`, { token: grace.token });
    expect(state.status).toBe(200);
    const list = await call("GET", `/api/v3/policy/all/?status=${OPEN}`, { token: grace.token });
    expect(list.json.policies.map((p: { policy_number: string }) => p.policy_number)).toContain(n);
  });

  it("never shows one customer's quote to another (404, not listed)", async () => {
    const a = applicant(backend.url, "bicycle");
    a.state.customerToken = grace.token;
    await a.submit("bike", bike);
    const n = a.state.policyNumber!;
    const call = client(backend.url);
    for (const path of [`/api/v3/policy/${n}/`, `/api/v3/policy/submit/bicycle/?policy_number=${n}`]) {
      const reply = await call("GET", path, { token: other.token });
      expect(reply.status).toBe(404);
      expect(reply.text).not.toContain("Brompton");
    }
    const submit = await call("POST", "/api/v3/policy/submit/bicycle/", {
      body: { policy_number: n, form: { form_id: "quote", fields: [] } },
      token: other.token,
    });
    expect(submit.status).toBe(404);
    const list = await call("GET", `/api/v3/policy/all/?status=${OPEN}`, { token: other.token });
    expect(list.json.policies.map((p: { policy_number: string }) => p.policy_number)).not.toContain(n);
  });
});
