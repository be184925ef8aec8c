import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import type { AppContext } from "../context";

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;
type RouteOptions = Parameters<FastifyRateLimitStore["child"]>[0];
type RouteInfo = { routeInfo?: { method?: string | string[]; url?: string } };

/** A route's own limit counts under its own keys. */
const routePrefix = (routeOptions: RouteOptions) => {
  const route = (routeOptions as RouteInfo).routeInfo;
  return `rl:${route?.method ?? ""} ${route?.url ?? ""}:`;
};

/**
 * A store for @fastify/rate-limit that counts in PostgreSQL (`rate_counters`) rather than in the process's
 * memory, so every API instance over the same database shares each limit. A fixed window, as the plugin counts
 * in Redis: one upsert a request (a log of every request, counted each time, was most of a quote step's cost).
 */
export function databaseStore(ctx: AppContext) {
  return class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = "rl:",
    ) {}

    incr(key: string, cb: Callback, timeWindow: number) {
      const now = ctx.now();
      ctx.stores.rateCounters.count(`${this.prefix}${key}`, now.toISOString(), timeWindow).then(
        ({ hits, resetsAt }) => cb(null, { current: hits, ttl: Math.max(0, Date.parse(resetsAt) - now.getTime()) }),
        (e: Error) => cb(e),
      );
    }

    child(routeOptions: RouteOptions) {
      return new DatabaseStore(routeOptions, routePrefix(routeOptions));
    }
  };
}

/**
 * The same fixed windows in this process's memory, for the embedded database: PGlite is opened by one process
 * only, so this one sees every request there is to count (the upsert cost about a third of a quote step's CPU
 * there). At most `maxKeys` windows are kept: ended ones go first, then the oldest.
 */
export function memoryStore(ctx: AppContext, maxKeys = 100_000) {
  const windows = new Map<string, { hits: number; resetsAt: number }>();
  const makeRoom = (now: number) => {
    for (const [key, w] of windows) if (w.resetsAt <= now) windows.delete(key);
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  };
  return class MemoryStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = "rl:",
    ) {}

    incr(key: string, cb: Callback, timeWindow: number) {
      const now = ctx.now().getTime();
      const id = `${this.prefix}${key}`;
      let w = windows.get(id);
      if (!w || w.resetsAt <= now) {
        windows.delete(id);
        if (windows.size >= maxKeys) makeRoom(now);
        w = { hits: 0, resetsAt: now + timeWindow };
        windows.set(id, w);
      }
      w.hits += 1;
      cb(null, { current: w.hits, ttl: w.resetsAt - now });
    }

    child(routeOptions: RouteOptions) {
      return new MemoryStore(routeOptions, routePrefix(routeOptions));
    }
  };
}
