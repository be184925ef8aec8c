import type { AppContext } from "../context";
import type { Database } from "../storage/db";
import { startLocalRunner } from "./local-runner";
import { startPgBossRunner } from "./pg-boss-runner";
import { backgroundJobs } from "./registry";
import type { JobDefinition, JobRunner } from "./types";

/** pg-boss over a PostgreSQL server; the in-process runner over embedded PGlite (it has no wire protocol). */
export async function startJobs(
  ctx: AppContext,
  database: Database,
  url: string | undefined,
  jobs?: JobDefinition[],
): Promise<JobRunner> {
  const all = jobs ?? backgroundJobs(ctx.config);
  const runner =
    database.kind === "postgres" && url ? await startPgBossRunner(ctx, url, all) : startLocalRunner(ctx, all);
  ctx.jobs = runner;
  return runner;
}
