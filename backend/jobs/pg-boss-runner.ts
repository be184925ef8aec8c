import PgBoss from "pg-boss";
import type { AppContext } from "../context";
import type { JobDefinition, JobRunner } from "./types";

type Options = { retryDelaySeconds?: number; pollingIntervalSeconds?: number; log?: (message: string) => void };

/**
 * The jobs through pg-boss, in the application's PostgreSQL database (schema "pgboss"). Every instance schedules and
 * works every queue; pg-boss sends each cron tick once across them, and the "stately" policy keeps at most one run
 * active and one waiting per job. A failed run is retried with exponential back-off; a run lost with its instance
 * (killed, crashed) expires and is retried elsewhere; waiting runs are rows, so they outlive every process.
 */
export async function startPgBossRunner(
  ctx: AppContext,
  url: string,
  jobs: JobDefinition[],
  opts: Options = {},
): Promise<JobRunner> {
  const log = opts.log ?? ((m: string) => console.error(m));
  const boss = new PgBoss({ connectionString: url, schema: "pgboss", max: 3, application_name: "policy-api-jobs" });
  boss.on("error", (e) => log(`Job queue: ${e.message}`));
  await boss.start();
  for (const job of jobs) {
    const retry = { retryLimit: job.retryLimit ?? 5, retryDelay: opts.retryDelaySeconds ?? 10, retryBackoff: true };
    await boss.createQueue(job.name, { name: job.name, policy: "stately", expireInMinutes: 15, ...retry });
    await boss.schedule(job.name, job.cron, {}, retry);
    await boss.work(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, async () => {
      await job.handler(ctx);
    });
  }
  const nudge = (name: string) =>
    void boss.send(name, {}).catch((e: Error) => log(`Job ${name} not queued: ${e.message}`));
  for (const job of jobs) nudge(job.name);
  return {
    kind: "pg-boss",
    nudge,
    // Running jobs finish (up to 30 s); anything not finished by then is handed back to the queue by its expiry.
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}
