// `npm run bench:load`: N concurrent customers doing whole journeys against the API for a fixed time.
//   --customers 10  --seconds 30  --soak (10 minutes)  --instances 2 (round-robin over PostgreSQL)
//   --web: through the web app (`next start`, after `npm run build`) instead of straight at the API
// PGlite in memory by default; BENCH_DATABASE_URL=postgres://… (a server; a fresh database is made) for PostgreSQL.
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { startBackend, startCluster, type Backend } from "../backend/test/harness";
import { roundRobin } from "../backend/test/round-robin";
import { client, type CallOptions, type Reply } from "../backend/test/client";
import { applicant, png, validAnswers } from "../backend/test/journeys";
import { browserClient, startWebApp } from "./bench-web";

const { values: args } = parseArgs({
  options: {
    customers: { type: "string", default: "10" },
    seconds: { type: "string", default: "30" },
    instances: { type: "string", default: "1" },
    soak: { type: "boolean", default: false },
    web: { type: "boolean", default: false },
  },
});
const customers = Number(args.customers);
const seconds = args.soak ? 600 : Number(args.seconds);
const instances = Number(args.instances);
const serverUrl = process.env.BENCH_DATABASE_URL;
if (serverUrl) process.env.TEST_DATABASE_URL = serverUrl;
if (instances > 1 && !serverUrl) throw new Error("--instances 2 needs PostgreSQL: set BENCH_DATABASE_URL=postgres://…");

const STEPS = [
  "meta",
  "property",
  "upload",
  "contents",
  "you",
  "review",
  "confirm",
  "payment token",
  "gateway",
  "process",
  "certificate",
];
const samples = new Map<string, number[]>(STEPS.map((s) => [s, []]));
const errors = new Map<string, number>();
const bought: string[] = [];

class StepFailed extends Error {}

/** One customer's whole purchase of home contents cover; every POST carries its own Idempotency-Key, as the app's. */
async function journey(base: string, photo: Buffer) {
  const raw = args.web ? browserClient(base) : client(base);
  const call = (method: string, path: string, opts: CallOptions = {}) =>
    raw(
      method,
      path,
      method === "POST" ? { ...opts, headers: { ...opts.headers, "idempotency-key": randomUUID() } } : opts,
    );
  const a = applicant(base, "home-contents", call);
  const step = async (
    name: string,
    fn: () => Promise<Reply>,
    ok: (r: Reply) => boolean = (r) => r.status < 300 && !r.json?.has_errors,
  ) => {
    const t = performance.now();
    const reply = await fn().catch((e: Error) => ({ status: 0, text: e.message }) as Reply);
    samples.get(name)!.push(performance.now() - t);
    if (!ok(reply)) {
      const key = `${name}: ${reply.status} ${(reply.json?.detail ?? reply.text ?? "").slice(0, 80)}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
      throw new StepFailed(key);
    }
    return reply;
  };
  const [property, contents, you] = validAnswers["home-contents"];
  await step("meta", () => call("GET", "/api/v3/policy/meta/home-contents/"));
  await step("property", () => a.submit(property[0], property[1]));
  const up = await step(
    "upload",
    () => a.upload("photos", "image/png", photo, "lounge.png"),
    (r) => r.status === 201,
  );
  await step("contents", () =>
    a.submit(contents[0], { ...contents[1], photos: [{ id: up.json.file_reference, name: "lounge.png" }] }),
  );
  await step("you", () => a.submit(you[0], you[1]));
  const n = a.state.policyNumber!;
  await step("review", () => a.post(`/api/v3/policy/${n}/confirm/`));
  const form = {
    form_id: "confirmation",
    fields: [
      { name: "accurate", value: true },
      { name: "accept_terms", value: true },
    ],
  };
  await step(
    "confirm",
    () => a.post(`/api/v3/policy/${n}/confirm/`, { form }),
    (r) => r.json?.next_action === "pay",
  );
  const returnUrl = encodeURIComponent("http://127.0.0.1:3999/quote/done");
  const token = await step("payment token", () =>
    a.get(`/api/v3/payment/token/?policy_number=${n}&payment_mode=annual&return_url=${returnUrl}`),
  );
  const card = new URLSearchParams({
    card_number: "4242 4242 4242 4242",
    expiry: "12/39",
    cvc: "123",
    name: "A Customer",
  }).toString();
  const page = await step(
    "gateway",
    () =>
      raw("POST", new URL(token.json.redirect_url, base).pathname, {
        raw: card,
        contentType: "application/x-www-form-urlencoded",
      }),
    (r) => r.status === 303,
  );
  await step(
    "process",
    () => raw("GET", page.headers.get("location")!),
    (r) => (r.headers.get("location") ?? "").includes("payment=succeeded"),
  );
  await step(
    "certificate",
    () => a.get(`/api/v3/policy/${n}/coi/`),
    (r) => r.status === 200 && r.headers.get("content-type") === "application/pdf",
  );
  bought.push(n);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const quantile = (xs: number[], q: number) =>
  xs.length ? xs[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(0) : "-";

let backends: Backend[];
let base: string;
let close: () => Promise<void>;
if (instances > 1) {
  const cluster = await startCluster(serverUrl!, instances);
  const balancer = await roundRobin(cluster.instances.map((i) => i.url));
  backends = cluster.instances;
  base = balancer.url;
  close = async () => {
    await balancer.close();
    await cluster.close();
  };
} else {
  const backend = await startBackend();
  backends = [backend];
  base = backend.url;
  close = () => backend.close();
}

if (args.web) {
  const web = await startWebApp(base);
  const closeApi = close;
  base = web.url;
  close = async () => {
    await web.stop();
    await closeApi();
  };
}

const photo = await png(1600, 1200);
const memory: number[] = [];
const sampler = setInterval(() => memory.push(process.memoryUsage().rss), 2000);
const started = performance.now();
const deadline = started + seconds * 1000;
let attempts = 0;
await Promise.all(
  Array.from({ length: customers }, async () => {
    while (performance.now() < deadline) {
      attempts++;
      await journey(base, photo).catch((e) => {
        if (!(e instanceof StepFailed)) throw e;
      });
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
clearInterval(sampler);

// A lost write: a journey the customer saw finish whose policy, version, payment or photo the database does not hold.
const db = backends[0].ctx.db;
const held = await db.execute(sql`
  SELECT p.policy_number FROM policies p
  WHERE p.status = 'S_ACTIVE'
    AND EXISTS (SELECT 1 FROM policy_versions v WHERE v.policy_number = p.policy_number AND v.seq = p.version_seq)
    AND EXISTS (SELECT 1 FROM payments pay WHERE pay.policy_number = p.policy_number AND pay.status = 'succeeded')
    AND EXISTS (SELECT 1 FROM attachments a WHERE a.policy_number = p.policy_number)`);
const present = new Set(held.rows.map((r) => String(r.policy_number)));
const lost = bought.filter((n) => !present.has(n)).length;

const kind = serverUrl ? "PostgreSQL" : "PGlite (in memory)";
const through = args.web ? "the web app in front of " : "";
console.log(
  `\n${customers} customers for ${elapsed.toFixed(0)} s through ${through}${instances} API instance(s) on ${kind}`,
);
console.log(
  `journeys: ${bought.length} finished of ${attempts} started, ${(bought.length / elapsed).toFixed(2)} per second`,
);
console.log(`errors: ${[...errors.values()].reduce((a, b) => a + b, 0)}   lost writes: ${lost}`);
for (const [key, count] of errors) console.log(`  ${count} × ${key}`);
console.log(
  `\n${"step".padEnd(16)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"p99 ms".padStart(8)}${"count".padStart(8)}`,
);
for (const [name, xs] of samples) {
  xs.sort((a, b) => a - b);
  console.log(
    name.padEnd(16) +
      [quantile(xs, 0.5), quantile(xs, 0.95), quantile(xs, 0.99), String(xs.length)].map((v) => v.padStart(8)).join(""),
  );
}
if (memory.length)
  console.log(
    `\nmemory (RSS of this process, API included): ${memory
      .map(mb)
      .filter((_, i) => i % Math.ceil(memory.length / 10) === 0)
      .join(" → ")}, end ${mb(process.memoryUsage().rss)}`,
  );
await close();
process.exit(errors.size || lost ? 1 : 0);
