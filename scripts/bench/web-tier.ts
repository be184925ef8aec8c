// Issue 13, item 5: one cheap API call through the web app (session, CSRF and header rules, the CSP middleware),
// beside a route handler of the same build that only relays it and one that answers from memory.
import autocannon from "autocannon";
import { validAnswers } from "../../backend/test/journeys";
import type { BenchSection, Figure } from "./figures";
import { startWebStack, webBuildMissing, type WebStack } from "./web-stack";

const SECONDS = Number(process.env.BENCH_WEB_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS ?? 5);
const CONNECTIONS = 10;
const THROUGH_APP = "/api/v3/products/";
const PATHS = { relay: "/api/bench/relay", app: THROUGH_APP, memory: "/api/bench/memory" } as const;
type Path = keyof typeof PATHS;

/** A browser's session: a quote started through the web app, so every call unseals a real cookie. */
async function sessionCookie(web: string): Promise<string> {
  const [formId, answers] = validAnswers.bicycle[0];
  const fields = Object.entries(answers).map(([name, value]) => ({ name, value }));
  const res = await fetch(`${web}/api/v3/policy/submit/bicycle/`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: web, "idempotency-key": crypto.randomUUID() },
    body: JSON.stringify({ policy_number: null, form: { form_id: formId, fields } }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!res.ok || cookie.length === 0) throw new Error(`starting a quote through the web app answered ${res.status}`);
  return cookie.join("; ");
}

/** `cpu`: the web server's CPU time per request (ms), steadier than requests/s on a busy machine. */
type Run = { rps: number; p99: number; cpu: number; errors: number };

async function load(stack: WebStack, p: Path, cookie: string, seconds: number): Promise<Run> {
  const before = stack.webCpuMs();
  const result = await autocannon({
    url: stack.web + PATHS[p],
    connections: CONNECTIONS,
    duration: seconds,
    headers: { cookie, accept: "application/json", "sec-fetch-site": "same-origin" },
  });
  const cpu = (stack.webCpuMs() - before) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p99: result.latency.p99, cpu, errors: result.non2xx + result.errors };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const webTier: BenchSection = {
  name: "web-tier",
  unavailable: webBuildMissing,
  async run() {
    const stack = await startWebStack();
    const runs: Record<Path, Run[]> = { relay: [], app: [], memory: [] };
    const order = Object.keys(PATHS) as Path[];
    try {
      const cookie = await sessionCookie(stack.web);
      for (const p of order) await load(stack, p, cookie, 2); // warm every path up first
      // Side by side: the three take turns in short runs, so a busy moment of the machine falls on each alike.
      for (let round = 0; round < ROUNDS; round++) {
        for (const p of order) runs[p].push(await load(stack, p, cookie, SECONDS));
      }
    } finally {
      await stack.stop();
    }
    const failed = order.filter((p) => runs[p].some((r) => r.errors > 0));
    if (failed.length) throw new Error(`non-2xx answers or errors under load: ${failed.join(", ")}`);
    const of = (p: Path, key: keyof Run) => median(runs[p].map((r) => r[key]));
    const [relay, app, memory] = order.map((p) => ({ rps: of(p, "rps"), p99: of(p, "p99"), cpu: of(p, "cpu") }));
    const section = "Web tier";
    const said = (x: typeof app) => `${x.rps.toFixed(0)}/s, p99 ${x.p99} ms, ${x.cpu.toFixed(2)} ms CPU`;
    const how = `${CONNECTIONS} connections, median of ${ROUNDS}×${SECONDS}s`;
    const figures: Figure[] = [
      {
        section,
        name: `${THROUGH_APP} through the app ÷ relay, requests/s`,
        value: app.rps / relay.rps,
        unit: "×",
        budget: 0.9,
        better: "higher",
        note: `${how}; relay ${said(relay)}; memory ${said(memory)}`,
      },
      {
        section,
        name: "through the app, requests/s",
        value: app.rps,
        unit: "req/s",
        budget: 0.9 * relay.rps,
        better: "higher",
        note: "budget: 0.9 × the relay's",
      },
      {
        section,
        name: "through the app, p99",
        value: app.p99,
        unit: "ms",
        budget: relay.p99 / 0.9,
        better: "lower",
        note: "budget: the relay's ÷ 0.9",
      },
      {
        section,
        name: "web server CPU per request through the app",
        value: app.cpu,
        unit: "ms",
        budget: relay.cpu / 0.9,
        better: "lower",
        note: `the relay's ÷ 0.9 (relay ${relay.cpu.toFixed(2)} ms, memory ${memory.cpu.toFixed(2)} ms): steadier on a busy machine`,
      },
    ];
    return figures;
  },
};
