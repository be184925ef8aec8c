import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { client, type CallOptions, type Reply } from "../test/client";
import { day, applicant, asForm, completeSteps, dataUrl, paidPolicy, png, validAnswers } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { purgeExpiredKeys } from "../storage/idempotency-store";

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

const count = async (query: ReturnType<typeof sql>) => Number((await backend.ctx.db.execute(query)).rows[0].n);
const policiesCount = () => count(sql`SELECT count(*) AS n FROM policies`);
const versionsOf = (n: string) => count(sql`SELECT count(*) AS n FROM policy_versions WHERE policy_number = ${n}`);

/** 50 copies of one request, all at once, under one key; then every reply is the first answer or "still running". */
async function fifty(method: string, path: string, opts: CallOptions = {}) {
  const key = randomUUID();
  const send = () => call(method, path, { ...opts, headers: { ...opts.headers, "idempotency-key": key } });
  const replies = await Promise.all(Array.from({ length: 50 }, send));
  const done = replies.filter((r) => r.status !== 409 || r.json?.code !== "idempotency_in_flight");
  expect(done.length).toBeGreaterThanOrEqual(1);
  for (const r of done)
    expect({ status: r.status, text: r.text }).toEqual({ status: done[0].status, text: done[0].text });
  const replay = await send();
  expect(replay.headers.get("idempotent-replayed")).toBe("true");
  expect({ status: replay.status, text: replay.text }).toEqual({ status: done[0].status, text: done[0].text });
  return { first: done[0], key, send };
}

const expectOk = (r: Reply) => expect(r.status, r.text).toBeLessThan(300);

describe("50 identical parallel requests under one Idempotency-Key make one effect", () => {
  it("first step: one quote", async () => {
    const before = await policiesCount();
    const { first } = await fifty("POST", "/api/v3/policy/submit/bicycle/", {
      body: { policy_number: null, form: asForm("bike", validAnswers.bicycle[0][1]) },
    });
    expectOk(first);
    expect(first.json.quote_token).toEqual(expect.any(String));
    expect(await policiesCount()).toBe(before + 1);
  });

  it("upload: one file", async () => {
    const a = applicant(backend.url, "home-contents");
    await a.submit("property", validAnswers["home-contents"][0][1]);
    const n = a.state.policyNumber!;
    const body = { data: dataUrl("image/png", await png()), name: "photos", filename: "p.png" };
    const { first } = await fifty("POST", `/api/v3/policy/${n}/attachment/add/`, { body, ...a.auth() });
    expect(first.status).toBe(201);
    expect(await count(sql`SELECT count(*) AS n FROM attachments WHERE policy_number = ${n}`)).toBe(1);
  });

  it("confirm and payment token: one confirmation, one payment", async () => {
    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle");
    const n = a.state.policyNumber!;
    const before = await versionsOf(n);
    const confirm = await fifty("POST", `/api/v3/policy/${n}/confirm/`, {
      body: { form: asForm("confirmation", { accurate: true, accept_terms: true }) },
      ...a.auth(),
    });
    expect(confirm.first.json.next_action).toBe("pay");
    expect(await versionsOf(n)).toBeLessThanOrEqual(before + 1);
    const returnUrl = encodeURIComponent("http://127.0.0.1:3999/quote/done");
    const query = `policy_number=${n}&payment_mode=annual&return_url=${returnUrl}`;
    const token = await fifty("GET", `/api/v3/payment/token/?${query}`, a.auth());
    expectOk(token.first);
    expect(await count(sql`SELECT count(*) AS n FROM payments WHERE policy_number = ${n}`)).toBe(1);
  });

  it("cancel, copy, renew: one cancellation, one copy, one renewal", async () => {
    const p = await paidPolicy(backend.url, "idem-copy@example.com", "Meitner");
    let before = await policiesCount();
    expectOk((await fifty("POST", `/api/v3/policy/${p.policyNumber}/copy/`, { token: supervisor })).first);
    expect(await policiesCount()).toBe(before + 1);
    before = await policiesCount();
    // Renewal is offered in the 30 days before the cover ends: bring the end near.
    const row = (await backend.ctx.stores.policies.get(p.policyNumber))!;
    await backend.ctx.stores.policies.update(
      row,
      { endDate: day("+20d") },
      { by: "Test", at: new Date().toISOString() },
    );
    expectOk((await fifty("POST", `/api/v3/policy/${p.policyNumber}/renew/`, { token: p.token })).first);
    expect(await policiesCount()).toBe(before + 1);

    const version = (await call("GET", `/api/v3/policy/${p.policyNumber}/`, { token: supervisor })).json.version_id;
    const versions = await versionsOf(p.policyNumber);
    const body = { cancellation_reason: "Sold the bike", termination_date: day("+5d") };
    const { first } = await fifty("POST", `/api/v3/policy/${p.policyNumber}/cancel/`, {
      token: supervisor,
      body,
      headers: { "if-match": version },
    });
    expect(first.json.status).toBe("Cancelled");
    expect(await versionsOf(p.policyNumber)).toBe(versions + 1);
  });

  it("decisions: one cancellation decided, one referral decided", async () => {
    const p = await paidPolicy(backend.url, "idem-decide@example.com", "Franklin");
    const v1 = (await call("GET", `/api/v3/policy/${p.policyNumber}/`, { token: p.token })).json.version_id;
    const requested = await call("POST", `/api/v3/policy/${p.policyNumber}/cancel/`, {
      token: p.token,
      body: { cancellation_reason: "Moving", termination_date: day("+30d") },
      headers: { "if-match": v1 },
    });
    const versions = await versionsOf(p.policyNumber);
    const decided = await fifty("POST", `/api/v3/policy/${p.policyNumber}/cancellation-request/`, {
      token: supervisor,
      body: { decision: "approve" },
      headers: { "if-match": requested.json.version_id },
    });
    expect(decided.first.json.status).toBe("Cancelled");
    expect(await versionsOf(p.policyNumber)).toBe(versions + 1);

    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle", { bike: { claims: 3 } });
    const referredVersions = await versionsOf(a.state.policyNumber!);
    const referral = await fifty("POST", `/api/v3/policy/${a.state.policyNumber}/referral/`, {
      token: supervisor,
      body: { decision: "approve" },
    });
    expect(referral.first.json.status).toBe("Quoted");
    expect(await versionsOf(a.state.policyNumber!)).toBe(referredVersions + 1);
  });

  it("continue link: one email", async () => {
    const mine = await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: { form: asForm("bike", validAnswers.bicycle[0][1]) },
    });
    const n = mine.json.policy_number;
    await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: { policy_number: n, form: asForm("quote", { tier: "standard", excess: "50" }) },
    });
    await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: {
        policy_number: n,
        form: asForm("owner", { ...validAnswers.bicycle[2][1], email: "idem-link@example.com" }),
      },
    });
    const { first } = await fifty("POST", `/api/v3/policy/${n}/continue-link/`, {
      token: agent,
      body: { send_email: true, base_url: "http://127.0.0.1:3000" },
    });
    expectOk(first);
    expect(
      await count(sql`SELECT count(*) AS n FROM outbox WHERE to_address = 'idem-link@example.com' AND kind <> 'otp'`),
    ).toBe(1);
  });
});

describe("the rules of a key", () => {
  it("the same key with another body is 422 with a sentence; another caller can't replay it", async () => {
    const body = (make: string) => ({
      policy_number: null,
      form: asForm("bike", { ...validAnswers.bicycle[0][1], make }),
    });
    const key = randomUUID();
    const first = await call("POST", "/api/v3/policy/submit/bicycle/", {
      body: body("Brompton"),
      headers: { "idempotency-key": key },
    });
    expectOk(first);
    const other = await call("POST", "/api/v3/policy/submit/bicycle/", {
      body: body("Raleigh"),
      headers: { "idempotency-key": key },
    });
    expect(other.status).toBe(422);
    expect(other.json.detail).toBe(
      "This Idempotency-Key was already used for a different request; send a new key for a new action.",
    );
    const staff = await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: body("Brompton"),
      headers: { "idempotency-key": key },
    });
    expectOk(staff);
    expect(staff.headers.get("idempotent-replayed")).toBeNull();
    expect(staff.json.policy_number).not.toBe(first.json.policy_number);
  });

  it("POSTs that only read (a live price, a search) are answered afresh and keep nothing", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", validAnswers.bicycle[0][1]);
    const keys = () => count(sql`SELECT count(*) AS n FROM idempotency_keys`);
    const before = await keys();
    const price = () =>
      call("POST", `/api/v3/policy/${a.state.policyNumber}/price/`, {
        body: { form: asForm("quote", { tier: "standard", excess: "50" }) },
        headers: { "idempotency-key": "price-1" },
        ...a.auth(),
      });
    expect((await price()).status).toBe(200);
    expect((await price()).headers.get("idempotent-replayed")).toBeNull();
    const headers = { "idempotency-key": "s" };
    const search = await call("POST", "/api/v3/policy/all/", { token: agent, body: {}, headers });
    expect(search.status).toBe(200);
    expect(await keys()).toBe(before);
  });

  it("a malformed key is refused; answers are kept a day and then purged", async () => {
    const bad = await call("POST", "/api/v3/policy/submit/bicycle/", {
      body: null,
      headers: { "idempotency-key": "x".repeat(300) },
    });
    expect(bad.status).toBe(422);
    const key = randomUUID();
    const send = () =>
      call("POST", "/api/v3/policy/submit/bicycle/", {
        body: { form: asForm("bike", validAnswers.bicycle[0][1]) },
        headers: { "idempotency-key": key },
      });
    const first = await send();
    expect((await send()).json.policy_number).toBe(first.json.policy_number);
    backend.clock.shift(25 * 60 * 60 * 1000);
    try {
      expect(await purgeExpiredKeys(backend.ctx.db, backend.ctx.now())).toBeGreaterThan(0);
      expect((await send()).json.policy_number).not.toBe(first.json.policy_number);
    } finally {
      backend.clock.shift(-25 * 60 * 60 * 1000);
    }
  });
});
