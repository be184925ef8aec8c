import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const WINDOW = 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 11, 2, 9) + ms).toISOString();
const count = async (key: string, now: string, hits = 1, windowMs = WINDOW) => {
  const [window] = await backend.ctx.stores.rateCounters.add([{ key, hits, windowMs }], now);
  return { hits: window.hits, resetsAt: window.resetsAt };
};

describe("request counters", () => {
  it("count each request in its window, and start a new window once it has ended", async () => {
    expect(await count("rl:test:a", at(0))).toEqual({ hits: 1, resetsAt: at(WINDOW) });
    expect(await count("rl:test:a", at(59_999))).toEqual({ hits: 2, resetsAt: at(WINDOW) });
    expect(await count("rl:test:b", at(59_999))).toEqual({ hits: 1, resetsAt: at(59_999 + WINDOW) });
    expect(await count("rl:test:a", at(WINDOW))).toEqual({ hits: 1, resetsAt: at(2 * WINDOW) });
  });

  it("add several keys' hits at once, each in its own window", async () => {
    await count("rl:test:f", at(0), 2);
    const windows = await backend.ctx.stores.rateCounters.add(
      [
        { key: "rl:test:f", hits: 3, windowMs: WINDOW },
        { key: "rl:test:g", hits: 4, windowMs: 1_000 },
      ],
      at(10),
    );
    expect(windows.sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: "rl:test:f", hits: 5, resetsAt: at(WINDOW) },
      { key: "rl:test:g", hits: 4, resetsAt: at(1_010) },
    ]);
    expect(await backend.ctx.stores.rateCounters.add([], at(10))).toEqual([]);
  });

  it("count requests made at the same moment exactly, one each", async () => {
    const hits = await Promise.all(Array.from({ length: 20 }, () => count("rl:test:c", at(0))));
    expect(hits.map((h) => h.hits).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("forget windows that have ended", async () => {
    await count("rl:test:d", at(0));
    await count("rl:test:e", at(30_000));
    expect(await backend.ctx.stores.rateCounters.purgeUpTo(at(WINDOW))).toBeGreaterThanOrEqual(1);
    expect((await count("rl:test:d", at(WINDOW + 1))).hits).toBe(1);
    expect((await count("rl:test:e", at(WINDOW + 1))).hits).toBe(2);
  });
});
