import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import type { RateEventStore } from "../domain/stores";
import type { Db } from "./db";
import { rateEvents } from "./schema";

export function rateEventStore(db: Db): RateEventStore {
  return {
    async hit(key, since, now, limit) {
      const { rows } = await db.execute<{ hit_allowed: boolean; hit_count: number; hit_oldest: string | null }>(
        sql`SELECT * FROM rate_hit(${key}, ${since}::timestamptz, ${now}::timestamptz, ${limit}::integer)`,
      );
      const [row] = rows;
      return { allowed: row.hit_allowed, count: row.hit_count, oldest: row.hit_oldest };
    },
    async lock(key) {
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    },
    async times(key, after) {
      const where = after ? and(eq(rateEvents.key, key), gt(rateEvents.at, after)) : eq(rateEvents.key, key);
      const rows = await db.select({ at: rateEvents.at }).from(rateEvents).where(where).orderBy(asc(rateEvents.at));
      return rows.map((r) => r.at);
    },
    async add(events) {
      await db.insert(rateEvents).values(events);
    },
    async forget(key, at) {
      await db
        .delete(rateEvents)
        .where(at ? and(eq(rateEvents.key, key), eq(rateEvents.at, at)) : eq(rateEvents.key, key));
    },
    async purgeUpTo(before) {
      const gone = await db.delete(rateEvents).where(lte(rateEvents.at, before)).returning({ key: rateEvents.key });
      return gone.length;
    },
  };
}
