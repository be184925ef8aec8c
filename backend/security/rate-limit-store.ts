import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import type { AppContext } from "../context";

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;
type RouteOptions = Parameters<FastifyRateLimitStore["child"]>[0];
type RouteInfo = { routeInfo?: { method?: string | string[]; url?: string } };

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
      const route = (routeOptions as RouteInfo).routeInfo;
      return new DatabaseStore(routeOptions, `rl:${route?.method ?? ""} ${route?.url ?? ""}:`);
    }
  };
}
