import type { AppContext } from "../context";
import type { Database } from "../storage/db";
import { startLocalRunner } from "./local-runner";
import { startPgBossRunner } from "./pg-boss-runner";
import { backgroundJobs } from "./registry";
import type { JobDefinition, JobRunner } from "./types";

/** JOBS=off: queued work (emails, …) waits for an instance with jobs on, whose sweeps find it within a minute. */
const NO_JOBS: JobRunner = { kind: "off", nudge: () => undefined, stop: async () => undefined };

/** pg-boss over a PostgreSQL server; the in-process runner over embedded PGlite (it has no wire protocol). */
export async function startJobs(
  ctx: AppContext,
  database: Database,
  url: string | undefined,
  jobs?: JobDefinition[],
): Promise<JobRunner> {
  const all = jobs ?? backgroundJobs(ctx.config);
  const runner: JobRunner =
    ctx.config.JOBS === "off"
      ? NO_JOBS
      : database.kind === "postgres" && url
        ? await startPgBossRunner(ctx, url, all)
        : startLocalRunner(ctx, all);
  ctx.jobs = runner;
  return runner;
}
