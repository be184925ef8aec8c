// `npm run bench`: speed and memory of the reference backend over real HTTP, at 100,000 policies.
// PGlite in memory by default; BENCH_DATABASE_URL=postgres://… measures a PostgreSQL server instead.
import { startBackend } from "../../backend/test/harness";
import { client } from "../../backend/test/client";
import { applicant, completeSteps, pay } from "../../backend/test/journeys";
import { seedDemo } from "../../backend/demo/seed";
import { DEMO_USERS } from "../../backend/demo/accounts";
import { bulkSeed } from "../../backend/demo/bulk-seed";

const POLICIES = Number(process.env.BENCH_POLICIES ?? 100_000);
const RUNS = 25;
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

const backend = await startBackend();
const call = client(backend.url);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const ms = (xs: number[], q: number) =>
  xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(1);

async function time(label: string, fn: () => Promise<unknown>, runs = RUNS) {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  console.log(`${label.padEnd(58)} p50 ${ms(samples, 0.5).padStart(7)} ms   p95 ${ms(samples, 0.95).padStart(7)} ms`);
}

try {
  let t = performance.now();
  await bulkSeed(backend.ctx.db, POLICIES);
  console.log(
    `Seeded ${POLICIES.toLocaleString("en")} policies in ${((performance.now() - t) / 1000).toFixed(1)} s (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})\n`,
  );
  await seedDemo(backend.ctx);
  const sup = DEMO_USERS[1];
  const token = (await call("POST", "/api/v3/login/", { body: { username: sup.username, password: sup.password } }))
    .json.token;
  const search = (body: object) => () => call("POST", "/api/v3/policy/all/", { token, body });

  await time("list: first page of 100, with count", search({}));
  await time("list: page 500 of 100", search({ page: 500 }));
  await time("list: first page of 100, no_count", search({ no_count: true }));
  await time("list: 1000 per page, no_count", search({ per_page: 1000, no_count: true }), 10);
  await time("search: status Active, with count", search({ status: "S_ACTIVE" }));
  await time(
    "search: created_on range (one week), with count",
    search({
      search_terms: [
        {
          column: "created_on",
          operation: "range",
          values: [
            new Date(Date.now() - 14 * 864e5).toISOString().slice(0, 10),
            new Date(Date.now() - 7 * 864e5).toISOString().slice(0, 10),
          ],
        },
      ],
    }),
  );
  await time(
    "search: customer_name contains 'hopp', with count",
    search({ search_terms: [{ column: "customer_name", operation: "contains", values: ["hopp"] }] }),
  );
  await time(
    "search: policy_number equals",
    search({ search_terms: [{ column: "policy_number", operation: "equals", values: ["B0054321"] }] }),
  );
  await time("view: one policy", () => call("GET", "/api/v3/policy/B0054321/", { token }));

  t = performance.now();
  const journeys = 10;
  for (let i = 0; i < journeys; i++) {
    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle");
    await pay(backend.url, a);
  }
  console.log(
    `\nwhole bicycle journey (3 steps, confirm, pay): ${((performance.now() - t) / journeys).toFixed(0)} ms each, over ${journeys}`,
  );
  const docStart = performance.now();
  const bought = (
    await call("POST", "/api/v3/policy/all/", {
      token,
      body: {
        per_page: 1,
        search_terms: [{ column: "customer_name", operation: "equals", values: ["Grace Hopper"] }],
        status: "S_ACTIVE",
      },
    })
  ).json.policies[0].policy_number;
  await time(
    "document: certificate of insurance PDF",
    () => call("GET", `/api/v3/policy/${bought}/coi/`, { token }),
    10,
  );
  await time("document: wallet pass", () => call("GET", `/api/v3/policy/${bought}/pass_card/`, { token }), 10);
  void docStart;
  const mem = process.memoryUsage();
  console.log(`\nmemory (backend and database in this process): rss ${mb(mem.rss)}, heap used ${mb(mem.heapUsed)}`);
} finally {
  await backend.close();
}
