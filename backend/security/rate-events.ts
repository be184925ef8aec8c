import type { AppContext } from "../context";

export type Hit = { allowed: boolean; count: number; resetInMs: number };

/**
 * Counts attempts under `key` in the last `windowMs` and records this one if it is within `limit`.
 * Check and record happen under a per-key lock in one statement, so concurrent attempts (from any instance
 * sharing the database) can't slip past the limit together. Refused attempts are not recorded.
 */
export async function hitLimit(ctx: AppContext, key: string, limit: number, windowMs: number): Promise<Hit> {
  const now = ctx.now().getTime();
  const since = new Date(now - windowMs).toISOString();
  const events = await ctx.stores.rateEvents.hit(key, since, new Date(now).toISOString(), limit);
  const oldest = events.oldest ? new Date(events.oldest).getTime() : now;
  return { allowed: events.allowed, count: events.count + 1, resetInMs: Math.max(0, oldest + windowMs - now) };
}

/** Records one attempt under `key` and says whether it is within `limit` attempts per window. */
export async function withinLimit(ctx: AppContext, key: string, limit: number, windowMs: number): Promise<boolean> {
  return (await hitLimit(ctx, key, limit, windowMs)).allowed;
}

/**
 * Events older than any window we use, and request counters whose window has ended; keys nobody hits again would
 * otherwise stay forever.
 */
export async function purgeOldRateEvents(ctx: AppContext, olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  const now = ctx.now().getTime();
  const events = await ctx.stores.rateEvents.purgeUpTo(new Date(now - olderThanMs).toISOString());
  return events + (await ctx.stores.rateCounters.purgeUpTo(new Date(now).toISOString()));
}
