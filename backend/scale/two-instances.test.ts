import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { startCluster } from "../test/harness";
import { roundRobin } from "../test/round-robin";
import { client } from "../test/client";
import { day, applicant, completeSteps, pay } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn("Skipped the two-instance test: it needs PostgreSQL (set TEST_DATABASE_URL).");

describe.skipIf(!serverUrl)("two API instances behind a round-robin balancer over one PostgreSQL", () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let balancer: Awaited<ReturnType<typeof roundRobin>>;
  beforeAll(async () => {
    cluster = await startCluster(serverUrl!, 2);
    balancer = await roundRobin(cluster.instances.map((i) => i.url));
  });
  afterAll(async () => {
    await balancer?.close();
    await cluster?.close();
  });

  it("buys a policy, each request on the other instance; staff find it, get its certificate, cancel it", async () => {
    const base = balancer.url;
    const a = applicant(base, "home-contents");
    await completeSteps(base, a, "home-contents");
    const paid = await pay(base, a);
    expect(paid.location.searchParams.get("payment")).toBe("succeeded");
    const n = a.state.policyNumber!;
    expect((await a.get(`/api/v3/policy/${n}/`)).json.status).toBe("Active");

    const journey = [...balancer.served];
    expect(journey.length).toBeGreaterThanOrEqual(10);
    journey.forEach((s, i) => expect(s.upstream, `${s.method} ${s.path}`).toBe(i % 2));
    expect(journey.filter((s) => s.status >= 500)).toEqual([]);
    expect(journey.some((s) => s.path.includes("/attachment/add/"))).toBe(true);

    await seedDemo(cluster.instances[1].ctx);
    const call = client(base);
    const staff = DEMO_USERS.find((u) => u.role === "supervisor")!;
    const token = (
      await call("POST", "/api/v3/login/", { body: { username: staff.username, password: staff.password } })
    ).json.token;
    const found = await call("POST", "/api/v3/policy/all/", {
      token,
      body: { search_terms: [{ column: "customer_name", operation: "contains", values: ["Turing"] }] },
    });
    expect(found.json.policies.map((p: { policy_number: string }) => p.policy_number)).toContain(n);

    const coi = await call("GET", `/api/v3/policy/${n}/coi/`, { token });
    expect(coi.headers.get("content-type")).toBe("application/pdf");
    expect((await new PDFParse({ data: new Uint8Array(coi.bytes) }).getText()).text).toContain(n);

    const version = (await call("GET", `/api/v3/policy/${n}/`, { token })).json.version_id;
    const body = { cancellation_reason: "Moved abroad", termination_date: day("+30d") };
    const cancelled = await call("POST", `/api/v3/policy/${n}/cancel/`, {
      token,
      body,
      headers: { "if-match": version, "idempotency-key": "cancel-1" },
    });
    expect(cancelled.json.status).toBe("Cancelled");
    const retried = await call("POST", `/api/v3/policy/${n}/cancel/`, {
      token,
      body,
      headers: { "if-match": version, "idempotency-key": "cancel-1" },
    });
    expect(retried.headers.get("x-upstream")).not.toBe(cancelled.headers.get("x-upstream"));
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
    expect(retried.json).toEqual(cancelled.json);
    expect((await a.get(`/api/v3/policy/${n}/`)).json.status).toBe("Cancelled");
  });
});
