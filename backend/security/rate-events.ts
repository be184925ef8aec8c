import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { AppContext } from "../context";
import { rateEvents } from "../storage/schema";

/** Records one attempt under `key` and says whether it is within `limit` attempts per window. */
export async function withinLimit(ctx: AppContext, key: string, limit: number, windowMs: number): Promise<boolean> {
  const now = ctx.now();
  const since = new Date(now.getTime() - windowMs).toISOString();
  await ctx.db.delete(rateEvents).where(and(eq(rateEvents.key, key), lt(rateEvents.at, since)));
  const [{ n }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(rateEvents).where(and(eq(rateEvents.key, key), gt(rateEvents.at, since)));
  if (n >= limit) return false;
  await ctx.db.insert(rateEvents).values({ key, at: now.toISOString() });
  return true;
}
