import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { AppContext } from "../context";
import { startCluster } from "../test/harness";
import { applicant, validAnswers } from "../test/journeys";
import { startPgBossRunner } from "../jobs/pg-boss-runner";
import { startJobs } from "../jobs/start";
import type { JobRunner } from "../jobs/types";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn("Skipped the pg-boss job tests: they need PostgreSQL (set TEST_DATABASE_URL).");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fast = { pollingIntervalSeconds: 0.5, retryDelaySeconds: 1, log: () => {} };

describe.skipIf(!serverUrl)("background jobs through pg-boss, two instances over one database", () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  const runners: JobRunner[] = [];
  beforeAll(async () => {
    cluster = await startCluster(serverUrl!, 2);
  });
  afterAll(async () => {
    for (const r of runners) await r.stop().catch(() => {});
    await cluster?.close();
  });
  const ctxOf = (i: number): AppContext => cluster.instances[i].ctx;
  const start = async (
    i: number,
    ...args: Parameters<typeof startPgBossRunner> extends [unknown, unknown, ...infer R] ? R : never
  ) => {
    const runner = await startPgBossRunner(ctxOf(i), cluster.url, ...args);
    runners.push(runner);
    return runner;
  };

  it("a job nudged many times on both instances runs one at a time, and far fewer times than asked", async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const handler = async () => {
      running++;
      most = Math.max(most, running);
      await sleep(300);
      running--;
      runs++;
    };
    const job = { name: "count-once", cron: "0 0 1 1 *", handler };
    const [a, b] = [await start(0, [job], fast), await start(1, [job], fast)];
    for (let i = 0; i < 20; i++) [a, b][i % 2].nudge(job.name);
    await expect.poll(() => runs, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await sleep(2000);
    expect(most).toBe(1);
    expect(runs).toBeLessThanOrEqual(4);
  });

  it("a failed run is retried with back-off, and survives the instance that failed it being stopped", async () => {
    const calls: Array<{ instance: number; at: number }> = [];
    const job = (instance: number, fail: boolean) => ({
      name: "handed-over",
      cron: "0 0 1 1 *",
      retryLimit: 4,
      handler: async () => {
        calls.push({ instance, at: Date.now() });
        if (fail) throw new Error("not this time");
      },
    });
    const first = await start(0, [job(0, true)], fast);
    await expect.poll(() => calls.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await first.stop();
    const failedAt = calls.length;
    await start(1, [job(1, false)], fast);
    const failedRun = async () =>
      (
        await ctxOf(1).db.execute(sql`SELECT state FROM pgboss.job WHERE name = 'handed-over' AND retry_count > 0`)
      ).rows.map((r) => r.state);
    await expect.poll(failedRun, { timeout: 20_000 }).toEqual(["completed"]);
    expect(calls.slice(failedAt).some((c) => c.instance === 1)).toBe(true);
    const policy = await ctxOf(1).db.execute(
      sql`SELECT retry_backoff, retry_limit FROM pgboss.job WHERE name = 'handed-over' LIMIT 1`,
    );
    expect(policy.rows[0]).toMatchObject({ retry_backoff: true, retry_limit: 4 });
  });

  it("emails queued on either instance are delivered by the job, each once", async () => {
    for (const i of [0, 1])
      runners.push(
        await startJobs(ctxOf(i), { db: ctxOf(i).db, kind: "postgres", close: async () => {} }, cluster.url),
      );
    const a = applicant(cluster.instances[0].url, "travel");
    await a.submit("trip", validAnswers.travel[0][1]);
    await a.submit("lead-traveller", { ...validAnswers.travel[1][1], email: "jobs@example.com" });
    const statuses = async () =>
      (await ctxOf(1).db.execute(sql`SELECT status FROM outbox WHERE to_address = 'jobs@example.com'`)).rows.map(
        (r) => r.status,
      );
    await expect.poll(statuses, { timeout: 15_000 }).toEqual(["not sent (no SMTP configured)"]);
  });
});
