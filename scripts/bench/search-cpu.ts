// Profiling aid for the search-1m section (not a bench section): the API's CPU time and JS heap allocation per
// search request, read inside the API process (figures that do not depend on the machine's load).
// Run: BENCH_API_PORT=.. npx tsx scripts/bench/search-cpu.ts [requests per case] [file to save the answers to]
import { writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_USERS } from "../../backend/demo/accounts";
import { client } from "../../backend/test/client";
import { benchDatabase, startApiProcess } from "./api-process";
import { CASES } from "./search-1m";

const N = Number(process.argv[2] ?? 100);
const meter = path.resolve(import.meta.dirname, "search-cpu-meter.mjs");
process.env.BENCH_API_NODE_ARGS = `${process.env.BENCH_API_NODE_ARGS ?? ""} --import ${meter}`;

type Reading = { alloc: number; gcs: number; gcMicros: number; cpu: { user: number; system: number } };
const { url } = await benchDatabase("bench_1m");
const api = await startApiProcess(url, { JOBS: "off", SEARCH_METER_DIR: process.env.SEARCH_METER_DIR ?? "/tmp" });
const mark = async (): Promise<Reading> => {
  const file = `${process.env.SEARCH_METER_DIR ?? "/tmp"}/search-meter-${api.pid}.json`;
  await writeFile(file, "");
  process.kill(api.pid, "SIGUSR2");
  for (;;) {
    await new Promise((r) => setTimeout(r, 20));
    const text = readFileSync(file, "utf8");
    if (text) return JSON.parse(text) as Reading;
  }
};
try {
  const call = client(api.url);
  const sup = DEMO_USERS[1];
  const login = await call("POST", "/api/v3/login/", { body: { username: sup.username, password: sup.password } });
  const token = login.json.token as string;
  const answers: Record<string, unknown> = {};
  console.log("case | CPU ms/request (of it system) | KB allocated/request | GCs | GC ms/request");
  // A search that finds nothing: what a request costs before its rows.
  const nothing = {
    search_terms: [{ column: "policy_number", operation: "equals", values: ["none"] }],
    no_count: true,
  };
  for (const [name, body] of [["(finds nothing)", nothing] as const, ...CASES]) {
    const search = () => call("POST", "/api/v3/policy/all/", { token, body: { per_page: 100, ...body } });
    for (let i = 0; i < 50; i++) await search();
    await mark();
    let last = await search();
    for (let i = 1; i < N; i++) last = await search();
    const r = await mark();
    answers[name] = last.json;
    const cpu = (r.cpu.user + r.cpu.system) / 1000 / N;
    console.log(
      `${name} | ${cpu.toFixed(2)} (${(r.cpu.system / 1000 / N).toFixed(2)}) | ${(r.alloc / 1024 / N).toFixed(0)} | ${r.gcs} | ${(r.gcMicros / 1000 / N).toFixed(2)}`,
    );
  }
  if (process.argv[3]) await writeFile(process.argv[3], JSON.stringify(answers, null, 1));
} finally {
  await api.stop();
}
