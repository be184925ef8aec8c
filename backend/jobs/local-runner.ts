import parser from "cron-parser";
import type { AppContext } from "../context";
import type { JobDefinition, JobRunner } from "./types";

type Options = { retryDelayMs?: number; log?: (message: string) => void };

/**
 * The same jobs inside one process, for embedded PGlite (one process owns that database, so "once across
 * instances" holds trivially). Runs each job at its cron times and when nudged, one run at a time, retrying a
 * failure with doubling delays. Nothing survives a restart here, and nothing needs to: every job runs at start.
 */
export function startLocalRunner(ctx: AppContext, jobs: JobDefinition[], opts: Options = {}): JobRunner {
  const retryDelayMs = opts.retryDelayMs ?? 5000;
  const log = opts.log ?? ((m: string) => console.error(m));
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(
      () => {
        timers.delete(t);
        fn();
      },
      Math.min(ms, 2 ** 31 - 1),
    );
    timers.add(t);
  };
  const waiting = new Set<() => void>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      waiting.add(resolve);
      later(ms, resolve);
    });
  const state = new Map(
    jobs.map((job) => [job.name, { job, running: null as Promise<void> | null, again: false, soon: false }]),
  );

  const attempt = async (job: JobDefinition) => {
    const limit = job.retryLimit ?? 5;
    for (let n = 0; !stopped; n++) {
      try {
        await job.handler(ctx);
        return;
      } catch (e) {
        log(`Job ${job.name} failed (attempt ${n + 1} of ${limit + 1}): ${(e as Error).message}`);
        if (n >= limit) return;
        await pause(retryDelayMs * 2 ** n);
      }
    }
  };
  const run = (name: string) => {
    const s = state.get(name)!;
    s.soon = false;
    if (stopped) return;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = attempt(s.job).finally(() => {
      s.running = null;
      if (s.again) {
        s.again = false;
        run(name);
      }
    });
  };
  const schedule = (job: JobDefinition) => {
    if (stopped) return;
    const next = parser.parseExpression(job.cron, { currentDate: new Date() }).next().toDate();
    later(next.getTime() - Date.now(), () => {
      run(job.name);
      schedule(job);
    });
  };
  const nudge = (name: string) => {
    const s = state.get(name);
    if (!s || s.soon || stopped) return;
    s.soon = true;
    later(0, () => run(name));
  };

  for (const job of jobs) {
    schedule(job);
    nudge(job.name);
  }
  return {
    kind: "in-process",
    nudge,
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const wake of waiting) wake();
      await Promise.all([...state.values()].map((s) => s.running));
    },
  };
}
