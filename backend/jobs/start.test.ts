import { expect, it } from "vitest";
import { loadConfig } from "../config";
import type { AppContext } from "../context";
import type { Database } from "../storage/db";
import { startJobs } from "./start";

it("JOBS=off: the instance schedules and works no job, and a nudge is a no-op", async () => {
  let ran = 0;
  const ctx = { config: loadConfig({ JOBS: "off" }) } as AppContext;
  const database = { kind: "pglite" } as Database;
  const runner = await startJobs(ctx, database, undefined, [
    { name: "count", cron: "* * * * *", handler: async () => ran++ },
  ]);
  runner.nudge("count");
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(runner.kind).toBe("off");
  expect(ctx.jobs).toBe(runner);
  expect(ran).toBe(0);
  await runner.stop();
  expect(loadConfig({}).JOBS).toBe("on");
  expect(() => loadConfig({ JOBS: "maybe" })).toThrow();
});
