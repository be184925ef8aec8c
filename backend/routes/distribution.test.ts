import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { asForm, completeSteps, applicant, validAnswers } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";

let backend: Backend;
let call: ReturnType<typeof client>;
let supervisor: string;

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
  const u = DEMO_USERS[1];
  supervisor = (await call("POST", "/api/v3/login/", { body: { username: u.username, password: u.password } })).json
    .token;
});
afterAll(() => backend.close());

const partner = {
  partnership: "Bike Shop",
  distributor_id: "bike-shop",
  touchpoint_id: "checkout",
  referrer_url: "http://127.0.0.2:3999/checkout",
};

describe("a quote started on a partner's site (extension)", () => {
  it("keeps partnership, distributor, touchpoint and referrer from the first submit on the policy", async () => {
    const [formId, answers] = validAnswers.bicycle[0];
    const first = await call("POST", "/api/v3/policy/submit/bicycle/", {
      body: { policy_number: null, form: asForm(formId, answers), ...partner },
    });
    expect(first.status).toBe(200);
    const n: string = first.json.policy_number;
    // A later submit can't change where the quote came from.
    await call("POST", "/api/v3/policy/submit/bicycle/", {
      quoteToken: first.json.quote_token,
      body: { policy_number: n, form: asForm(formId, answers), partnership: "Someone else" },
    });
    const staff = await call("GET", `/api/v3/policy/${n}/`, { token: supervisor });
    expect(staff.json).toMatchObject(partner);
    const own = await call("GET", `/api/v3/policy/${n}/`, { quoteToken: first.json.quote_token });
    expect(own.json.partnership).toBe("Bike Shop");
    expect(own.json.distributor_id).toBeUndefined();
  });

  it("leaves them null for a quote started anywhere else", async () => {
    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle");
    const view = await call("GET", `/api/v3/policy/${a.state.policyNumber}/`, { token: supervisor });
    expect(view.json).toMatchObject({
      partnership: null,
      distributor_id: null,
      touchpoint_id: null,
      referrer_url: null,
    });
  });

  it("refuses a key far too long with a 422 sentence", async () => {
    const [formId, answers] = validAnswers.bicycle[0];
    const reply = await call("POST", "/api/v3/policy/submit/bicycle/", {
      body: { form: asForm(formId, answers), referrer_url: `http://x/${"a".repeat(600)}` },
    });
    expect(reply.status).toBe(422);
    expect(reply.json.detail).toMatch(/\w/);
  });
});
