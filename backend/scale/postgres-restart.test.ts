import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { spawnApi, type ApiProcess } from "../test/api-process";
import { postgresBin, throwawayPostgres } from "../test/throwaway-postgres";
import { asForm, validAnswers } from "../test/journeys";
import { client } from "../test/client";

// Runs with the PostgreSQL suite, on a cluster of its own (port 5499): the shared server is never restarted.
const enabled = !!process.env.TEST_DATABASE_URL && !!postgresBin();
if (!enabled)
  console.warn("Skipped the PostgreSQL restart test: it needs TEST_DATABASE_URL and PostgreSQL's server binaries.");
const PORT = 5499;
const UNAVAILABLE =
  "Our database is not answering right now. Nothing you sent was saved; please try again in a moment.";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `phase` when the request was sent, `ended` when its answer came. */
type Outcome = { phase: string; ended: string; status: number; detail?: string };
const tally = (outcomes: Outcome[]) => {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(`${o.phase} ${o.status}`, (counts.get(`${o.phase} ${o.status}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}: ${n}`).join(", ");
};

describe.skipIf(!enabled)("PostgreSQL restarted under load", () => {
  let server: ReturnType<typeof throwawayPostgres> | null = null;
  let api: ApiProcess | null = null;
  afterAll(async () => {
    await api?.stop();
    server?.destroy();
  });

  it("answers 503 with a sentence while it is down, recovers by itself, and the API never crashes", async () => {
    server = throwawayPostgres(PORT);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("CREATE DATABASE qp");
    await admin.end();
    api = await spawnApi({ DATABASE_URL: server.url.replace(/\/postgres$/, "/qp") });
    const call = client(api.url);

    let phase = "up";
    let running = true;
    const outcomes: Outcome[] = [];
    const body = { policy_number: null, form: asForm("bike", validAnswers.bicycle[0][1]) };
    const worker = async () => {
      while (running) {
        const at = phase;
        try {
          const reply = await call("POST", "/api/v3/policy/submit/bicycle/", { body });
          outcomes.push({ phase: at, ended: phase, status: reply.status, detail: reply.json?.detail });
        } catch (e) {
          outcomes.push({ phase: at, ended: phase, status: 0, detail: (e as Error).message });
        }
        await sleep(20);
      }
    };
    const workers = Array.from({ length: 6 }, worker);

    await sleep(1500);
    phase = "stopping";
    await server.stop("fast");
    phase = "down";
    await sleep(4000);
    phase = "starting";
    await server.start();
    phase = "back";
    const okAfter = () => outcomes.filter((o) => o.phase === "back" && o.status === 200).length;
    await expect
      .poll(okAfter, { timeout: 60_000, interval: 200 })
      .toBeGreaterThanOrEqual(20)
      .finally(() => {
        running = false;
        console.log(`PostgreSQL restart under load: ${tally(outcomes)}`);
        if (api!.child.exitCode !== null || api!.child.signalCode)
          console.log(`The API exited:\n${api!.output().slice(-3000)}`);
      });
    await Promise.all(workers);

    const seen = (p: string) => outcomes.filter((o) => o.phase === p);
    // Answered before the stop began: all fine. (Requests in flight when it began may get a 503, as they should.)
    expect(seen("up").filter((o) => o.ended === "up" && o.status !== 200)).toEqual([]);
    const down = seen("down");
    expect(down.length).toBeGreaterThan(5);
    expect(down.filter((o) => o.status !== 503 || o.detail !== UNAVAILABLE)).toEqual([]);
    expect(outcomes.filter((o) => o.status !== 200 && o.status !== 503)).toEqual([]);
    expect(outcomes.filter((o) => o.status === 503 && o.detail !== UNAVAILABLE)).toEqual([]);
    expect(api.child.exitCode).toBeNull();
  }, 120_000);
});
