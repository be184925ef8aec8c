import { describe, expect, it } from "vitest";
import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import type { AppContext } from "../context";
import { memoryStore } from "./rate-limit-store";

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
