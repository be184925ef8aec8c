import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const WINDOW = 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 11, 2, 9) + ms).toISOString();

describe("request counters", () => {
  it("count each request in its window, and start a new window once it has ended", async () => {
    const counters = backend.ctx.stores.rateCounters;
    expect(await counters.count("rl:test:a", at(0), WINDOW)).toEqual({ hits: 1, resetsAt: at(WINDOW) });
    expect(await counters.count("rl:test:a", at(59_999), WINDOW)).toEqual({ hits: 2, resetsAt: at(WINDOW) });
    expect(await counters.count("rl:test:b", at(59_999), WINDOW)).toEqual({ hits: 1, resetsAt: at(59_999 + WINDOW) });
    expect(await counters.count("rl:test:a", at(WINDOW), WINDOW)).toEqual({ hits: 1, resetsAt: at(2 * WINDOW) });
  });

  it("count requests made at the same moment exactly, one each", async () => {
    const counters = backend.ctx.stores.rateCounters;
    const hits = await Promise.all(Array.from({ length: 20 }, () => counters.count("rl:test:c", at(0), WINDOW)));
    expect(hits.map((h) => h.hits).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("forget windows that have ended", async () => {
    const counters = backend.ctx.stores.rateCounters;
    await counters.count("rl:test:d", at(0), WINDOW);
    await counters.count("rl:test:e", at(30_000), WINDOW);
    expect(await counters.purgeUpTo(at(WINDOW))).toBeGreaterThanOrEqual(1);
    expect((await counters.count("rl:test:d", at(WINDOW + 1), WINDOW)).hits).toBe(1);
    expect((await counters.count("rl:test:e", at(WINDOW + 1), WINDOW)).hits).toBe(2);
  });
});
