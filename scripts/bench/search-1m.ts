// Issue 13 item 6: policy search at 1,000,000 policies on PostgreSQL, p95 of every search the agent console makes.
// The policies are seeded once into a kept database (bench_1m) and reused by later runs.
import { sql } from "drizzle-orm";
import { openDatabase } from "../../backend/storage/db";
import { bulkSeed } from "../../backend/demo/bulk-seed";
import { DEMO_USERS } from "../../backend/demo/accounts";
import { client } from "../../backend/test/client";
import type { BenchSection, Figure } from "./figures";
import { benchDatabase, postgresMissing, startApiProcess } from "./api-process";
import { percentile } from "./load";

const POLICIES = 1_000_000;
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 40);
const section = "Policy search, 1M policies (PostgreSQL)";
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 864e5).toISOString().slice(0, 10);

/** The kept database with its million policies (seeded on first use, and again if a run was cut short). */
async function seededDatabase(): Promise<string> {
  const { url } = await benchDatabase("bench_1m");
  const database = await openDatabase({ url });
  try {
    const [{ n }] = (
      await database.db.execute(sql`SELECT count(*)::int AS n FROM policies WHERE updated_by = 'Bulk seed'`)
    ).rows as { n: number }[];
    // The API's stale-quote sweep removes a few old seeded quotes each run: a million give or take is seeded.
    if (n < POLICIES * 0.95) {
      console.log(`Seeding ${POLICIES.toLocaleString("en")} policies into bench_1m (once; later runs reuse them)…`);
      await database.db.execute(sql`TRUNCATE policies, policy_versions CASCADE`);
      await bulkSeed(database.db, POLICIES);
      await database.db.execute(sql`VACUUM ANALYZE policies`);
    }
  } finally {
    await database.close();
  }
  return url;
}

/** The console's searches (lib/agent/search-params.ts builds the same bodies), each a page of 100. */
export const CASES: Array<[string, Record<string, unknown>]> = [
  ["first page, with the count (the console's default)", {}],
  ["first page, no_count", { no_count: true }],
  [
    "customer name contains 'hopp'",
    { search_terms: [{ column: "customer_name", operation: "contains", values: ["hopp"] }] },
  ],
  [
    "policy number contains '12345'",
    { search_terms: [{ column: "policy_number", operation: "contains", values: ["12345"] }] },
  ],
  ["status Active", { status: ["S_ACTIVE"] }],
  ["product bicycle", { search_terms: [{ column: "product_slug", operation: "equals", values: ["bicycle"] }] }],
  [
    "created in one week",
    { search_terms: [{ column: "created_on", operation: "range", values: [day(400), day(393)] }] },
  ],
  ["ordered by customer name", { ordering: "customer_name" }],
  ["ordered by end date, newest first", { ordering: "-end_date" }],
  ["ordered by policy number", { ordering: "policy_number" }],
  ["with child policies", { include_child_policies: true }],
];

export const search1m: BenchSection = {
  name: "search-1m",
  unavailable: postgresMissing,
  run: async () => {
    const url = await seededDatabase();
    // A request-serving instance (JOBS=off): the daily jobs would otherwise start on the seeded book while it is timed.
    const api = await startApiProcess(url, { JOBS: "off" });
    try {
      const call = client(api.url);
      const sup = DEMO_USERS[1];
      const login = await call("POST", "/api/v3/login/", { body: { username: sup.username, password: sup.password } });
      const token = login.json.token as string;
      const figures: Figure[] = [];
      const time = async (name: string, body: object) => {
        const samples: number[] = [];
        let last = null as unknown as Awaited<ReturnType<typeof call>>;
        for (let i = 0; i < RUNS + 3; i++) {
          const t = performance.now();
          last = await call("POST", "/api/v3/policy/all/", { token, body: { per_page: 100, ...body } });
          if (last.status !== 200) throw new Error(`${name}: ${last.status} ${last.text.slice(0, 200)}`);
          if (i >= 3) samples.push(performance.now() - t);
        }
        const count = last.json.policies_count;
        const note = `${last.json.policies.length} rows${count === undefined ? "" : `, count ${count}${last.json.policies_count_estimated ? " (estimated)" : ""}`}`;
        figures.push({
          section,
          name: `${name}: p95`,
          value: percentile(samples, 0.95),
          unit: "ms",
          budget: 50,
          better: "lower",
          note,
        });
        return last;
      };
      for (const [name, body] of CASES) await time(name, body);
      // Deep pages as the console reaches them: "Next" and "Previous" send the cursors of the page shown (and its
      // number, for a backend without cursors). Page 4,999 is fetched once by number to start from.
      const start = await call("POST", "/api/v3/policy/all/", { token, body: { per_page: 100, page: 4999 } });
      if (start.json.next_cursor) {
        const deep = await time("page 5,000 by the console's Next (cursor)", {
          page: 5000,
          cursor: start.json.next_cursor,
        });
        await time("page 4,999 by the console's Previous (cursor)", { page: 4999, cursor: deep.json.previous_cursor });
      } else console.log("(no next_cursor in the answer: the keyset pages are not measured)");
      // A client without cursors pays for the rows it skips: shown, not budgeted (the console does not page so).
      await time("page 5,000 by number (a client without cursors)", { page: 5000 });
      const offset = figures.pop()!;
      console.log(`${offset.name}: ${offset.value.toFixed(1)} ms (not budgeted: the console pages by cursor)`);
      return figures;
    } finally {
      await api.stop();
    }
  },
};
