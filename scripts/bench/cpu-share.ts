// CPU time each tier of an API run used, read from /proc (Linux): the API process, PostgreSQL's backends for the
// bench's database, and this process (the load generator). Divided by the requests answered, it says what a request
// costs each tier, and so how many a second this machine's cores could answer at most, however the work is spread.
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";

/** Linux counts /proc/PID/stat times in clock ticks (USER_HZ, 100 a second). */
const TICK_MS = 10;

async function processMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

type Query = (text: string) => Promise<{ rows: { pid: number }[] }>;

/** PostgreSQL backends of the current database other than the asking one: CPU ms each has used so far. */
async function backendsMs(query: Query): Promise<Map<number, number>> {
  const { rows } = await query(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
  );
  const used = new Map<number, number>();
  for (const { pid } of rows) used.set(pid, await processMs(pid));
  return used;
}

export type CpuShare = {
  /** CPU ms a request: the API, the database's backends (0 for PGlite, inside the API), the load generator. */
  apiMs: number;
  databaseMs: number;
  loadMs: number;
  /** Requests a second this machine's cores allow at most (every core busy), and the API's one core alone. */
  machineCeiling: number;
  apiCeiling: number;
};

/**
 * Measures `during` (which answers `requests()` requests): the CPU each tier used. `database`, a query on the bench's
 * PostgreSQL database, when there is one; backends that start during the run count from zero.
 */
export async function cpuShare<T>(
  apiPid: number,
  database: Query | null,
  during: () => Promise<T>,
  requests: (result: T) => number,
): Promise<{ result: T; share: CpuShare }> {
  const before = { api: await processMs(apiPid), backends: database ? await backendsMs(database) : new Map() };
  const self = process.cpuUsage();
  const result = await during();
  const load = process.cpuUsage(self);
  const api = (await processMs(apiPid)) - before.api;
  let backends = 0;
  if (database) for (const [pid, ms] of await backendsMs(database)) backends += ms - (before.backends.get(pid) ?? 0);
  const n = Math.max(1, requests(result));
  const apiMs = api / n;
  const databaseMs = backends / n;
  const loadMs = (load.user + load.system) / 1000 / n;
  return {
    result,
    share: {
      apiMs,
      databaseMs,
      loadMs,
      machineCeiling: (availableParallelism() * 1000) / (apiMs + databaseMs + loadMs),
      apiCeiling: 1000 / apiMs,
    },
  };
}
