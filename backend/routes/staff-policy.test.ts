import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, asForm, completeSteps, paidPolicy } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";

let backend: Backend;
let call: ReturnType<typeof client>;
let agent: string;
let supervisor: string;

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
  const login = async (u: (typeof DEMO_USERS)[number]) =>
    (await call("POST", "/api/v3/login/", { body: { username: u.username, password: u.password } })).json.token;
  agent = await login(DEMO_USERS[0]);
  supervisor = await login(DEMO_USERS[1]);
});
afterAll(() => backend.close());

/** A bicycle policy bought by card with the monthly payment mode (a recurring payment). */
async function monthlyPolicy(): Promise<string> {
  const a = applicant(backend.url, "bicycle");
  await completeSteps(backend.url, a, "bicycle");
  const n = a.state.policyNumber!;
  await a.post(`/api/v3/policy/${n}/confirm/`, {
    form: asForm("confirmation", { accurate: true, accept_terms: true }),
  });
  const returnUrl = encodeURIComponent("http://127.0.0.1:3000/r");
  const token = await a.get(`/api/v3/payment/token/?policy_number=${n}&payment_mode=monthly&return_url=${returnUrl}`);
  const page = await call("POST", new URL(token.json.redirect_url).pathname, {
    raw: "card_number=4242424242424242&expiry=12/39&cvc=123&name=A",
    contentType: "application/x-www-form-urlencoded",
  });
  await call("GET", page.headers.get("location")!);
  return n;
}

const flag = async (n: string, token: string) =>
  (await call("GET", `/api/v3/policy/${n}/`, { token })).json.can_remove_recurring_payment;

describe("can_remove_recurring_payment (extension)", () => {
  it("is true only for a user with the permission, on a policy in force that still has a recurring payment", async () => {
    const n = await monthlyPolicy();
    expect(await flag(n, supervisor)).toBe(true);
    const removed = await call("POST", `/api/v3/policy/${n}/remove-recurring-payment/`, {
      token: supervisor,
      body: { comment: "Pays by bank transfer" },
    });
    expect(removed.status).toBe(200);
    expect(await flag(n, supervisor)).toBe(false);

    const once = await paidPolicy(backend.url, "once@example.com");
    expect(await flag(once.policyNumber, supervisor)).toBe(false);
    // The customer may never remove it themselves.
    expect(await flag(once.policyNumber, once.token)).toBe(false);
  });
});

describe("documents for staff", () => {
  it("a user who may see the policy downloads its documents; one who may not gets 404", async () => {
    const p = await paidPolicy(backend.url, "staffdocs@example.com", "Noether");
    for (const doc of ["coi", "tax-invoice", "emergency-document", "pass_card"]) {
      const reply = await call("GET", `/api/v3/policy/${p.policyNumber}/${doc}/`, { token: supervisor });
      expect(reply.status, doc).toBe(200);
      expect(reply.bytes.length, doc).toBeGreaterThan(500);
    }
    const letter = await call("GET", `/api/v3/policy/${p.policyNumber}/cancellation-letter/`, { token: supervisor });
    expect(letter.status).toBe(404);
    // The agent didn't sell it: absent for them, as for anyone else it isn't shown to.
    const theirs = await call("GET", `/api/v3/policy/${p.policyNumber}/coi/`, { token: agent });
    expect(theirs.status).toBe(404);
  });
});
