import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, latestCode, paidPolicy, validAnswers } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { sql } from "drizzle-orm";
import { hashToken } from "../security/tokens";

const HOUR = 60 * 60 * 1000;
let backend: Backend;
let call: ReturnType<typeof client>;
let policyNumber: string;
const email = "lifetime@example.com";

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
  ({ policyNumber } = await paidPolicy(backend.url, email));
});
afterAll(() => backend.close());

/** Keeps refreshing every `everyMs` until `untilMs` has passed; returns the last refresh status. */
async function keepRefreshing(token: string, everyMs: number, untilMs: number) {
  let status = 200;
  for (let t = 0; t < untilMs && status === 200; t += everyMs) {
    backend.clock.shift(everyMs);
    status = (await call("POST", "/api/v3/token/refresh/", { token })).status;
  }
  return status;
}

describe("bearer tokens have an absolute lifetime besides the idle one", () => {
  it("a customer refreshing every 20 minutes is signed out 12 hours after signing in", async () => {
    await call("POST", "/api/v3/customer/otp/request/", { body: { email } });
    const signedIn = await call("POST", "/api/v3/customer/otp/verify/", {
      body: { email, code: await latestCode(backend.url, email) },
    });
    const { token } = signedIn.json;
    expect(await keepRefreshing(token, 20 * 60 * 1000, 11 * HOUR + 40 * 60 * 1000)).toBe(200);
    backend.clock.shift(25 * 60 * 1000);
    expect((await call("GET", `/api/v3/policy/${policyNumber}/`, { token })).status).toBe(401);
    expect((await call("POST", "/api/v3/token/refresh/", { token })).status).toBe(401);
  });

  it("staff refreshing every hour are signed out 12 hours after signing in", async () => {
    const [agent] = DEMO_USERS;
    const { token } = (
      await call("POST", "/api/v3/login/", { body: { username: agent.username, password: agent.password } })
    ).json;
    expect(await keepRefreshing(token, HOUR, 11 * HOUR)).toBe(200);
    backend.clock.shift(1.5 * HOUR);
    expect((await call("GET", "/api/v3/policy/all/", { token })).status).toBe(401);
  });
});

describe("quote tokens expire 30 days after last use", () => {
  it("keeps working while used, then says why it stopped", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", validAnswers.bicycle[0][1]);
    const path = `/api/v3/policy/${a.state.policyNumber}/`;
    backend.clock.shift(29 * 24 * HOUR);
    expect((await a.get(path)).status).toBe(200);
    backend.clock.shift(29 * 24 * HOUR);
    expect((await a.get(path)).status).toBe(200);
    backend.clock.shift(31 * 24 * HOUR);
    const expired = await a.get(path);
    expect([401, 403]).toContain(expired.status);
    expect(expired.json.detail).toMatch(/30 days/);
    const submit = await a.submit("quote", validAnswers.bicycle[1][1]);
    expect(submit.status).toBe(expired.status);
  });

  it("writes a token's last use at most once a minute, however often it is used", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", validAnswers.bicycle[0][1]);
    const lastUsed = async () => {
      const { rows } = await backend.ctx.db.execute(
        sql`SELECT last_used_at::text AS at FROM quote_token_activity WHERE token_hash = ${hashToken(a.state.quoteToken!)}`,
      );
      return (rows[0] as { at: string } | undefined)?.at;
    };
    const path = `/api/v3/policy/${a.state.policyNumber}/`;
    backend.clock.shift(HOUR);
    expect((await a.get(path)).status).toBe(200);
    const first = await lastUsed();
    expect(first).toBeDefined();
    backend.clock.shift(30_000);
    expect((await a.get(path)).status).toBe(200);
    expect(await lastUsed()).toBe(first);
    backend.clock.shift(31_000);
    expect((await a.get(path)).status).toBe(200);
    expect(await lastUsed()).not.toBe(first);
  });

  it("a quote untouched for 30 days can't be opened by its token", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", validAnswers.bicycle[0][1]);
    backend.clock.shift(31 * 24 * HOUR);
    const reply = await a.get(`/api/v3/policy/${a.state.policyNumber}/get-form-data/`);
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe("quote_token_expired");
  });
});
