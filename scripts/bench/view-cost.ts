// Profiling aid for the api-concurrency section (not a bench section): what one policy view or one step submit
// costs, read as CPU and counts rather than wall time: the API process's CPU and JS heap allocation, and on PostgreSQL
// the server backends' CPU and the statements the API sent per request, at 50 clients as the bench runs it.
// Run: BENCH_API_PORT=.. npx tsx scripts/bench/view-cost.ts pglite|postgres [view|submit] [requests]
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { applicant, asForm, validAnswers } from "../../backend/test/journeys";
import { benchDatabase, startApiProcess } from "./api-process";
import { load, type LoadRequest } from "./load";

const kind = process.argv[2] === "postgres" ? "postgres" : "pglite";
const what = process.argv[3] === "submit" ? "submit" : "view";
const REQUESTS = Number(process.argv[4] ?? 5000);
const meter = path.resolve(import.meta.dirname, "search-cpu-meter.mjs");
const meterDir = process.env.SEARCH_METER_DIR ?? "/tmp";
process.env.BENCH_API_NODE_ARGS = `${process.env.BENCH_API_NODE_ARGS ?? ""} --import ${meter}`;

type Reading = {
  alloc: number;
  gcs: number;
  gcMicros: number;
  cpu: { user: number; system: number };
  statements: number;
};
const TICK_MS = 10; // /proc/PID/stat counts in clock ticks (USER_HZ, 100 on Linux)

const database = kind === "postgres" ? await benchDatabase() : null;
const api = await startApiProcess(database?.url, { JOBS: "off", SEARCH_METER_DIR: meterDir });
const { Client } = await import("pg");
const monitor = database ? new Client({ connectionString: database.url }) : null;
await monitor?.connect();

const mark = async (): Promise<Reading> => {
  const file = `${meterDir}/search-meter-${api.pid}.json`;
  await writeFile(file, "");
  process.kill(api.pid, "SIGUSR2");
  for (;;) {
    await new Promise((r) => setTimeout(r, 20));
    const text = await readFile(file, "utf8");
    if (text) return JSON.parse(text) as Reading;
  }
};
/** The database's backends (the API's pool) by pid: CPU ticks used so far. */
const server = async () => {
  if (!monitor) return new Map<number, number>();
  const backends = await monitor.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
  );
  const ticks = new Map<number, number>();
  for (const { pid } of backends.rows) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks.set(pid, Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
};

try {
  const [formId, answers] = validAnswers.bicycle[0];
  const requests: LoadRequest[] = [];
  for (let i = 0; i < 50; i++) {
    const a = applicant(api.url, "bicycle");
    await a.submit(formId, answers);
    const headers = { "x-quote-token": a.state.quoteToken!, "x-forwarded-for": `10.0.0.${i}` };
    requests.push(
      what === "view"
        ? { method: "GET", path: `/api/v3/policy/${a.state.policyNumber}/`, headers }
        : {
            method: "POST",
            path: "/api/v3/policy/submit/bicycle/",
            headers: { ...headers, "content-type": "application/json" },
            body: JSON.stringify({ policy_number: a.state.policyNumber, form: asForm(formId, answers) }),
          },
    );
  }
  const run = async (amount: number) => {
    const r = await load(api.url, requests, { connections: 50, amount });
    if (r.failures) throw new Error(`${r.failures} of ${r.requests} requests failed`);
    return r;
  };
  await run(REQUESTS);
  await mark();
  const before = await server();
  const started = performance.now();
  const timed = await run(REQUESTS);
  const seconds = (performance.now() - started) / 1000;
  const after = await server();
  const r = await mark();
  let pgTicks = 0;
  for (const [pid, t] of after) pgTicks += t - (before.get(pid) ?? 0);
  const per = (x: number) => (x / REQUESTS).toFixed(3);
  console.log(`${kind}, ${REQUESTS} ${what}s at 50 clients, per request:`);
  console.log(`  API CPU ms ${per((r.cpu.user + r.cpu.system) / 1000)} (system ${per(r.cpu.system / 1000)})`);
  console.log(`  API KB allocated ${per(r.alloc / 1024)}, GC ms ${per(r.gcMicros / 1000)}`);
  // Wall time: meaningful only on an otherwise idle machine.
  console.log(`  (wall time: ${(REQUESTS / seconds).toFixed(0)} requests/s, p99 ${timed.p99} ms)`);
  if (monitor) {
    console.log(`  PostgreSQL backends CPU ms ${per(pgTicks * TICK_MS)} (${after.size} backends)`);
    console.log(`  statements sent ${per(r.statements)}`);
  }
} finally {
  await monitor?.end();
  await api.stop();
  await database?.drop();
}
