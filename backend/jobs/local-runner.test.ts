import { describe, expect, it } from "vitest";
import type { AppContext } from "../context";
import { startLocalRunner } from "./local-runner";

const ctx = {} as AppContext;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the in-process job runner (embedded PGlite)", () => {
  it("runs every job at start, collapses nudges, and never runs one job twice at once", async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const handler = async () => {
      running++;
      most = Math.max(most, running);
      await sleep(50);
      running--;
      runs++;
    };
    const runner = startLocalRunner(ctx, [{ name: "work", cron: "0 0 1 1 *", handler }]);
    for (let i = 0; i < 20; i++) runner.nudge("work");
    await sleep(30);
    for (let i = 0; i < 20; i++) runner.nudge("work");
    await expect.poll(() => runs).toBeGreaterThanOrEqual(2);
    await runner.stop();
    expect(most).toBe(1);
    expect(runs).toBeLessThanOrEqual(3);
  });

  it("retries a failure with doubling delays, and stop() does not wait out a back-off", async () => {
    const at: number[] = [];
    const errors: string[] = [];
    const handler = async () => {
      at.push(Date.now());
      if (at.length < 3) throw new Error("database unreachable");
    };
    const runner = startLocalRunner(ctx, [{ name: "flaky", cron: "0 0 1 1 *", handler }], {
      retryDelayMs: 100,
      log: (m) => errors.push(m),
    });
    await expect.poll(() => at.length).toBe(3);
    expect(at[2] - at[1]).toBeGreaterThan((at[1] - at[0]) * 1.5);
    expect(errors[0]).toBe("Job flaky failed (attempt 1 of 6): database unreachable");

    const stuck = startLocalRunner(
      ctx,
      [{ name: "down", cron: "0 0 1 1 *", handler: () => Promise.reject(new Error("down")) }],
      { retryDelayMs: 60_000, log: () => {} },
    );
    await sleep(20);
    const started = Date.now();
    await stuck.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    await runner.stop();
  });
});
