import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, completeSteps, latestCode, pay } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_CUSTOMER, DEMO_USERS } from "../demo/accounts";
import { afterReplySettled } from "../http/after-reply";

let backend: Backend;
let call: ReturnType<typeof client>;
let policyNumber: string;
const email = "grace@example.com";

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
  const a = applicant(backend.url, "bicycle");
  await completeSteps(backend.url, a, "bicycle");
  await pay(backend.url, a);
  policyNumber = a.state.policyNumber!;
});
afterAll(() => backend.close());

const requestCode = (to: string) => call("POST", "/api/v3/customer/otp/request/", { body: { email: to } });
const verify = (to: string, code: string) =>
  call("POST", "/api/v3/customer/otp/verify/", { body: { email: to, code } });

describe("customer email code", () => {
  it("always answers 202, and sends a code only to a known customer", async () => {
    const known = await requestCode(email);
    const unknown = await requestCode("nobody@example.com");
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.json.detail).toBe(known.json.detail);
    await expect(latestCode(backend.url, "nobody@example.com", 0)).rejects.toThrow();
    const signedIn = await verify(email, await latestCode(backend.url, email));
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.customer).toMatchObject({ email, last_name: "Hopper" });
    const list = await call("GET", "/api/v3/policy/all/", { token: signedIn.json.token });
    expect(list.json.policies.map((p: { policy_number: string }) => p.policy_number)).toEqual([policyNumber]);
    expect(list.json.policies[0]).not.toHaveProperty("created_on");
    expect(list.json.policies[0]).not.toHaveProperty("agent_code");
  });

  it("answers before it looks the email up, so how long it takes tells nobody whether an account has it", async () => {
    const to = DEMO_CUSTOMER.email;
    const customers = backend.ctx.stores.customers;
    const lookUp = customers.byEmail;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const looked: string[] = [];
    customers.byEmail = async (address) => {
      looked.push(address);
      await held;
      return lookUp.call(customers, address);
    };
    const codesTo = async () =>
      (await call("GET", `/api/v3/dev/outbox/?to=${encodeURIComponent(to)}`)).json.emails.length as number;
    try {
      const before = await codesTo();
      // Answered while the lookup cannot finish: the answer does not wait for it.
      expect((await requestCode(to)).status).toBe(202);
      expect(await codesTo()).toBe(before);
      release();
      await afterReplySettled();
      expect(looked).toEqual([to]);
      expect(await codesTo()).toBe(before + 1);
    } finally {
      customers.byEmail = lookUp;
      release();
    }
  });

  it("is single use", async () => {
    await requestCode(email);
    const code = await latestCode(backend.url, email);
    expect((await verify(email, code)).status).toBe(200);
    expect((await verify(email, code)).status).toBe(401);
  });

  it("expires after 10 minutes", async () => {
    await requestCode(email);
    const code = await latestCode(backend.url, email);
    backend.clock.shift(10 * 60 * 1000 + 1000);
    const late = await verify(email, code);
    expect(late.status).toBe(401);
    expect(late.json.detail).toMatch(/expired/);
  });

  it("locks after 5 wrong tries, even for the right code afterwards", async () => {
    backend.clock.shift(20 * 60 * 1000);
    await requestCode(email);
    const code = await latestCode(backend.url, email);
    const wrong = code === "111111" ? "222222" : "111111";
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push((await verify(email, wrong)).status);
    expect(replies).toEqual([401, 401, 401, 401, 429]);
    expect((await verify(email, code)).status).toBe(429);
  });

  it("rate limits code requests per email", async () => {
    backend.clock.shift(20 * 60 * 1000);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await requestCode("ratelimit@example.com")).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it("logout revokes the token", async () => {
    backend.clock.shift(20 * 60 * 1000);
    await requestCode(email);
    const { token } = (await verify(email, await latestCode(backend.url, email))).json;
    expect((await call("GET", `/api/v3/policy/${policyNumber}/`, { token })).status).toBe(200);
    expect((await call("POST", "/api/v3/logout/", { token })).status).toBe(204);
    expect((await call("GET", `/api/v3/policy/${policyNumber}/`, { token })).status).toBe(401);
  });

  it("tokens expire, and refresh keeps them alive", async () => {
    await requestCode(email);
    const { token } = (await verify(email, await latestCode(backend.url, email))).json;
    backend.clock.shift(25 * 60 * 1000);
    expect((await call("POST", "/api/v3/token/refresh/", { token })).status).toBe(200);
    backend.clock.shift(25 * 60 * 1000);
    expect((await call("GET", "/api/v3/policy/all/", { token })).status).toBe(200);
    backend.clock.shift(31 * 60 * 1000);
    expect((await call("GET", "/api/v3/policy/all/", { token })).status).toBe(401);
  });
});

describe("single-policy sign-in", () => {
  it("reaches that policy only, with the policy number and last name", async () => {
    const reply = await call("POST", "/api/v3/customer/policy-login/", {
      body: { policy_number: policyNumber.toLowerCase(), last_name: " hopper " },
    });
    expect(reply.status).toBe(200);
    const { token } = reply.json;
    expect((await call("GET", `/api/v3/policy/${policyNumber}/`, { token })).status).toBe(200);
    const list = await call("GET", "/api/v3/policy/all/", { token });
    expect(list.json.policies).toHaveLength(1);
  });

  it("refuses a wrong last name without saying which part was wrong", async () => {
    const reply = await call("POST", "/api/v3/customer/policy-login/", {
      body: { policy_number: policyNumber, last_name: "Lovelace" },
    });
    expect(reply.status).toBe(401);
    expect(reply.json.detail).toBe("We couldn't find a policy with that number and last name.");
  });
});

describe("user sign-in", () => {
  it("signs in with the password and shows permissions; a wrong password is 401", async () => {
    const [agent, supervisor] = DEMO_USERS;
    const ok = await call("POST", "/api/v3/login/", {
      body: { username: supervisor.username, password: supervisor.password },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.user).toMatchObject({ name: supervisor.name, agent_code: supervisor.agentCode });
    expect(ok.json.user.permissions).toContain("cancel_policy");
    const all = await call("GET", "/api/v3/policy/all/", { token: ok.json.token });
    expect(all.json.policies_count).toBeGreaterThanOrEqual(2);
    expect(all.json.policies[0]).toHaveProperty("created_on");
    const bad = await call("POST", "/api/v3/login/", { body: { username: agent.username, password: "guess" } });
    expect(bad.status).toBe(401);
    const agentLogin = await call("POST", "/api/v3/login/", {
      body: { username: agent.username, password: agent.password },
    });
    const mine = await call("GET", "/api/v3/policy/all/", { token: agentLogin.json.token });
    expect(mine.json.policies).toEqual([]);
  });
});

describe("rate limits per address", () => {
  it("answers 429 with a sentence once an address tries too often", async () => {
    const strict = await startBackend({ AUTH_RATE_LIMIT: "4" });
    try {
      const post = client(strict.url);
      const statuses = [];
      const body = { policy_number: "NOPE1234", last_name: "x" };
      for (let i = 0; i < 3; i++)
        statuses.push((await post("POST", "/api/v3/customer/policy-login/", { body })).status);
      expect(statuses).toEqual([401, 401, 429]);
      const limited = await post("POST", "/api/v3/customer/policy-login/", { body });
      expect(limited.json).toEqual({ detail: expect.stringMatching(/Too many/), code: "rate_limited" });
    } finally {
      await strict.close();
    }
  });
});
