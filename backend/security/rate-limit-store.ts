import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import type { AppContext } from "../context";
import { hitLimit } from "./rate-events";

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;
type RouteOptions = Parameters<FastifyRateLimitStore["child"]>[0];
type RouteInfo = { routeInfo?: { method?: string | string[]; url?: string } };

/**
 * A store for @fastify/rate-limit that counts in PostgreSQL (`rate_events`) rather than in the process's
 * memory, so every API instance over the same database shares each limit.
 */
export function databaseStore(ctx: AppContext) {
  return class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = "rl:",
    ) {}

    incr(key: string, cb: Callback, timeWindow: number, max: number) {
      hitLimit(ctx, `${this.prefix}${key}`, max, timeWindow).then(
        (hit) => cb(null, { current: hit.allowed ? hit.count : max + 1, ttl: hit.resetInMs || timeWindow }),
        (e: Error) => cb(e),
      );
    }

    child(routeOptions: RouteOptions) {
      const route = (routeOptions as RouteInfo).routeInfo;
      return new DatabaseStore(routeOptions, `rl:${route?.method ?? ""} ${route?.url ?? ""}:`);
    }
  };
}
