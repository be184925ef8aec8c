// Issue 13 item 6: the API under concurrency, 50 clients viewing and submitting quotes, on both databases.
import type { BenchSection, Figure } from "./figures";
import { postgresMissing, POSTGRES_TRANSPORT } from "./api-process";
import { apiRun, type DatabaseKind } from "./api-runs";
import type { CpuShare } from "./cpu-share";

const section = "API under concurrency";
const BUDGETS: Record<DatabaseKind, { rps: number; p99: number; label: string }> = {
  pglite: { rps: 800, p99: 100, label: "PGlite" },
  postgres: { rps: 2000, p99: 50, label: "PostgreSQL" },
};

const ms = (x: number) => x.toFixed(2);
const perSecond = (x: number) => Math.round(x).toLocaleString("en-GB");

/** Where a request's CPU went, and what that allows on this machine, whatever the spread of work. */
function cpuNote(cpu: CpuShare, kind: DatabaseKind): string {
  const database =
    kind === "postgres" ? `, PostgreSQL ${ms(cpu.databaseMs)} (${POSTGRES_TRANSPORT})` : " (the database inside it)";
  return (
    `CPU a request: API ${ms(cpu.apiMs)} ms${database}, load generator ${ms(cpu.loadMs)}; ` +
    `at that cost this machine's cores allow ${perSecond(cpu.machineCeiling)}/s, the API's one core ` +
    `${perSecond(cpu.apiCeiling)}/s`
  );
}

export async function concurrencyFigures(kind: DatabaseKind): Promise<Figure[]> {
  const run = await apiRun(kind);
  const b = BUDGETS[kind];
  return (["view", "submit"] as const).flatMap((what) => {
    const r = run[what];
    const note = `p50 ${r.p50} ms, ${r.requests} requests, ${r.failures} failed; ${cpuNote(run[`${what}Cpu`], kind)}`;
    return [
      {
        section,
        name: `${what}, 50 clients, ${b.label}: requests/s`,
        value: r.rps,
        unit: "req/s",
        budget: b.rps,
        better: "higher",
        note,
      },
      {
        section,
        name: `${what}, 50 clients, ${b.label}: p99`,
        value: r.p99,
        unit: "ms",
        budget: b.p99,
        better: "lower",
      },
    ] satisfies Figure[];
  });
}

export const apiConcurrency: BenchSection = {
  name: "api-concurrency",
  run: async () => {
    const figures = await concurrencyFigures("pglite");
    const missing = await postgresMissing();
    if (missing) console.log(`PostgreSQL part skipped: ${missing}`);
    else figures.push(...(await concurrencyFigures("postgres")));
    return figures;
  },
};
