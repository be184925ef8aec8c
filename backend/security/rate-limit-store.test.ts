import { describe, expect, it } from "vitest";
import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import type { AppContext } from "../context";
import type { RateCount, RateWindow } from "../domain/stores";
import { databaseStore, memoryStore } from "./rate-limit-store";

const clock = { ms: Date.parse("2026-12-01T10:00:00Z") };
const ctx = { now: () => new Date(clock.ms) } as AppContext;
const hit = (store: FastifyRateLimitStore, key: string, windowMs = 60_000) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) =>
    store.incr(key, (e, r) => (e || !r ? reject(e) : resolve(r)), windowMs, 0),
  );

describe("the in-memory rate-limit store (embedded database)", () => {
  it("counts a key in a fixed window and starts a new one when it ends", async () => {
    const store = new (memoryStore(ctx))({});
    expect(await hit(store, "a")).toEqual({ current: 1, ttl: 60_000 });
    clock.ms += 20_000;
    expect(await hit(store, "a")).toEqual({ current: 2, ttl: 40_000 });
    expect(await hit(store, "b")).toEqual({ current: 1, ttl: 60_000 });
    clock.ms += 40_000;
    expect(await hit(store, "a")).toEqual({ current: 1, ttl: 60_000 });
  });

  it("keeps each route's count apart", async () => {
    const Store = memoryStore(ctx);
    const parent = new Store({});
    const one = parent.child({ routeInfo: { method: "POST", url: "/one" } } as never);
    const two = parent.child({ routeInfo: { method: "POST", url: "/two" } } as never);
    await hit(one, "10.0.0.1");
    expect((await hit(one, "10.0.0.1")).current).toBe(2);
    expect((await hit(two, "10.0.0.1")).current).toBe(1);
  });

  it("holds at most maxKeys windows: ended ones go first, then the oldest", async () => {
    const store = new (memoryStore(ctx, 3))({});
    await hit(store, "ended", 1_000);
    await hit(store, "old");
    await hit(store, "kept");
    clock.ms += 2_000;
    await hit(store, "new"); // "ended" makes room
    expect((await hit(store, "old")).current).toBe(2);
    await hit(store, "newer"); // full of live windows: the oldest ("old") goes
    expect((await hit(store, "old")).current).toBe(1);
    expect((await hit(store, "newer")).current).toBe(2);
  });
});

/** rate_counters as the upsert keeps it, and every batch each instance sent. */
function sharedDatabase() {
  const rows = new Map<string, { hits: number; resetsAt: number }>();
  const batches: RateCount[][] = [];
  const db = {
    batches,
    failures: 0,
    async add(counts: RateCount[], now: string): Promise<RateWindow[]> {
      if (db.failures > 0 && db.failures--) throw new Error("connection lost");
      batches.push(counts);
      return counts.map(({ key, hits, windowMs }) => {
        const row = rows.get(key);
        const at = Date.parse(now);
        const next = row && row.resetsAt > at ? { ...row, hits: row.hits + hits } : { hits, resetsAt: at + windowMs };
        rows.set(key, next);
        return { key, hits: next.hits, resetsAt: new Date(next.resetsAt).toISOString() };
      });
    },
  };
  return db;
}

const instanceOver = (db: ReturnType<typeof sharedDatabase>, flushMs = 60_000) => {
  const errors: string[] = [];
  const instanceCtx = { ...ctx, now: ctx.now, stores: { rateCounters: db } } as unknown as AppContext;
  const shared = databaseStore(instanceCtx, { flushMs, onError: (e) => errors.push(e.message) });
  return { shared, store: new shared.Store({}), errors };
};

describe("the PostgreSQL rate-limit store", () => {
  const a1 = { key: "rl:a", hits: 1, windowMs: 60_000 };

  it("asks the database on a key's first request, then counts at once and writes every key's hits in one upsert", async () => {
    const db = sharedDatabase();
    const { shared, store } = instanceOver(db);
    const currents = [];
    for (const key of ["a", "b", "a", "a", "b"]) currents.push((await hit(store, key)).current);
    expect(currents).toEqual([1, 1, 2, 3, 2]);
    expect(db.batches).toEqual([[a1], [{ ...a1, key: "rl:b" }]]);
    await shared.close();
    expect(db.batches.at(-1)).toEqual([
      { ...a1, hits: 2 },
      { ...a1, key: "rl:b" },
    ]);
  });

  it("writes within flushMs, and asks again once its count is older than two of them", async () => {
    const db = sharedDatabase();
    const one = instanceOver(db, 5);
    const two = instanceOver(db, 5);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 40));
    await hit(one.store, "10.0.0.1");
    expect((await hit(one.store, "10.0.0.1")).current).toBe(2);
    await settle();
    expect(db.batches).toHaveLength(2);
    expect((await hit(two.store, "10.0.0.1")).current).toBe(3);
    await settle();
    expect((await hit(one.store, "10.0.0.1")).current).toBe(4);
    await one.shared.close();
    await two.shared.close();
  });

  it("keeps hits whose write failed and sends them with the next", async () => {
    const db = sharedDatabase();
    const { shared, store, errors } = instanceOver(db);
    db.failures = 1;
    await expect(hit(store, "a")).rejects.toThrow("connection lost");
    await shared.close();
    expect(db.batches).toEqual([[a1]]);
    expect((await hit(store, "a")).current).toBe(2);
    db.failures = 1;
    await shared.close();
    expect(errors).toEqual(["connection lost"]);
    await shared.close();
    expect(db.batches).toEqual([[a1], [a1]]);
  });

  it("takes the database's window, and starts a new one when it ends", async () => {
    const db = sharedDatabase();
    const one = instanceOver(db);
    const two = instanceOver(db);
    await hit(one.store, "a");
    clock.ms += 20_000;
    expect(await hit(two.store, "a")).toEqual({ current: 2, ttl: 40_000 });
    clock.ms += 40_000;
    expect(await hit(two.store, "a")).toEqual({ current: 1, ttl: 60_000 });
    await one.shared.close();
    await two.shared.close();
  });
});
