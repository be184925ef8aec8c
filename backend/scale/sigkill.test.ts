import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createTestDatabase } from "../test/harness";
import { spawnApi, type ApiProcess } from "../test/api-process";
import { applicant, completeSteps, pay, type Applicant } from "../test/journeys";
import { brokenInvariants } from "../test/invariants";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn("Skipped the SIGKILL test: it needs PostgreSQL (set TEST_DATABASE_URL).");
const JOURNEYS = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A customer who can be interrupted at any request and carry on later, on another instance, from what they kept. */
function customer(slug: "bicycle" | "home-contents") {
  let kept: Applicant["state"] = { policyNumber: null, quoteToken: undefined, customerToken: undefined };
  let stepsDone = false;
  const on = (base: string) => {
    const a = applicant(base, slug);
    a.state = kept = Object.assign(a.state, kept);
    return a;
  };
  return {
    slug,
    get state() {
      return kept;
    },
    async buy(base: string): Promise<string> {
      const a = on(base);
      if (a.state.policyNumber) {
        const status = (await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json?.status;
        if (status === "Active") return status;
      }
      if (!stepsDone) await completeSteps(base, a, slug);
      stepsDone = true;
      await pay(base, a);
      return (await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json?.status;
    },
  };
}

describe.skipIf(!serverUrl)(`an API process killed with SIGKILL during ${JOURNEYS} concurrent journeys`, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: pg.Client;
  let api: ApiProcess | null = null;
  beforeAll(async () => {
    database = await createTestDatabase(serverUrl!);
    db = new pg.Client({ connectionString: database.url });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.end().catch(() => {});
    await database?.drop();
  });

  it("leaves no half-written data, and every journey is finished on a restarted instance", async () => {
    api = await spawnApi({ DATABASE_URL: database.url });
    await db.connect();
    const customers = Array.from({ length: JOURNEYS }, (_, i) => customer(i % 3 === 0 ? "home-contents" : "bicycle"));
    const first = customers.map((c) =>
      c.buy(api!.url).then(
        (status) => status,
        (e: Error) => e.message,
      ),
    );
    // Kill it once work is well under way: quotes saved, payments started, the first policies issued.
    const paid = async () =>
      Number((await db.query("SELECT count(*) AS n FROM payments WHERE status = 'succeeded'")).rows[0].n);
    await expect.poll(paid, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(2);
    api.child.kill("SIGKILL");
    expect(await api.exited).toBeNull();
    const outcomes = await Promise.all(first);
    const interrupted = outcomes.filter((o) => o !== "Active").length;
    expect(interrupted, "the kill interrupted no journey").toBeGreaterThan(0);
    expect(await brokenInvariants((q) => db.query(q))).toEqual({});
    const issuedBefore = await paid();

    api = await spawnApi({ DATABASE_URL: database.url });
    const finished = await Promise.all(customers.map((c) => c.buy(api!.url)));
    expect(finished).toEqual(customers.map(() => "Active"));
    await sleep(100);
    expect(await brokenInvariants((q) => db.query(q))).toEqual({});
    const policies = await db.query("SELECT count(*) AS n FROM policies WHERE status = 'S_ACTIVE'");
    expect(Number(policies.rows[0].n)).toBe(JOURNEYS);
    console.log(
      `SIGKILL during ${JOURNEYS} journeys: ${issuedBefore} paid before it, ${interrupted} saw an error; ` +
        "all finished after.",
    );
  }, 240_000);
});
