// Profiling aid for a submit under load (issue 13 item 6), figures that do not depend on the machine's load:
//   CPU ms of the API process per submit (from /proc), statements and round trips per submit (in-process count).
//   npx tsx scripts/profile-submit.ts [pglite|postgres] [seconds]
// BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/submit-prof" profiles the API process as in the bench.
import { readFile } from "node:fs/promises";
import { benchDatabase, startApiProcess } from "./bench/api-process";
import { load, type LoadRequest } from "./bench/load";
import { applicant, asForm, validAnswers } from "../backend/test/journeys";
import { startBackend } from "../backend/test/harness";

const kind = process.argv[2] === "postgres" ? "postgres" : "pglite";
const seconds = Number(process.argv[3] ?? 8);
const [formId, answers] = validAnswers.bicycle[0];

async function cpuMs(pid: number) {
  const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
}

async function quotesAt(url: string, n: number) {
  const quotes: LoadRequest[] = [];
  for (let i = 0; i < n; i++) {
    const a = applicant(url, "bicycle");
    await a.submit(formId, answers);
    quotes.push({
      method: "POST",
      path: "/api/v3/policy/submit/bicycle/",
      headers: {
        "x-quote-token": a.state.quoteToken!,
        "content-type": "application/json",
        "x-forwarded-for": `10.0.0.${i}`,
      },
      body: JSON.stringify({ policy_number: a.state.policyNumber, form: asForm(formId, answers) }),
    });
  }
  return quotes;
}

/** CPU of the API process per submit, 50 clients, as the bench runs it. */
async function cpuPerSubmit() {
  const database = kind === "postgres" ? await benchDatabase() : null;
  const api = await startApiProcess(database?.url);
  try {
    const submits = await quotesAt(api.url, 50);
    await load(api.url, submits, { connections: 50, seconds: 2 });
    const before = await cpuMs(api.pid);
    const r = await load(api.url, submits, { connections: 50, seconds });
    const used = (await cpuMs(api.pid)) - before;
    console.log(
      `${kind}: ${r.requests} submits, ${r.failures} failed, ${r.rps} req/s, p99 ${r.p99} ms; ` +
        `API CPU ${(used / r.requests).toFixed(2)} ms per submit`,
    );
  } finally {
    await api.stop();
    await database?.drop();
  }
}

/** Statements and client round trips per submit, counted in-process (PGlite, or PostgreSQL with TEST_DATABASE_URL). */
async function statementsPerSubmit() {
  const backend = await startBackend();
  const submits = await quotesAt(backend.url, 5);
  const counts = { statements: 0 };
  const count = (object: Record<string, unknown>, method: string) => {
    const original = object[method] as (...a: unknown[]) => unknown;
    object[method] = function (this: unknown, ...a: unknown[]) {
      counts.statements++;
      return original.apply(this, a);
    };
  };
  // node-postgres: each client.query is one round trip; PGlite: each statement runs once under its query lock.
  if (process.env.TEST_DATABASE_URL) count((await import("pg")).default.Client.prototype as never, "query");
  else count((await import("@electric-sql/pglite")).PGlite.prototype as never, "_runExclusiveQuery");
  const n = 20;
  const start = counts.statements;
  for (let i = 0; i < n; i++) {
    const s = submits[i % submits.length];
    const reply = await fetch(backend.url + s.path, { method: "POST", headers: s.headers, body: s.body });
    if (!reply.ok) throw new Error(`${reply.status} ${await reply.text()}`);
  }
  console.log(
    `${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"}: ${(counts.statements - start) / n} statements per submit`,
  );
  await backend.close();
}

if (process.argv[4] !== "count-only") await cpuPerSubmit();
await statementsPerSubmit();
