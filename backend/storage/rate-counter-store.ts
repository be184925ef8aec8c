import { lte, sql } from "drizzle-orm";
import type { RateCounterStore } from "../domain/stores";
import type { Db } from "./db";
import { rateCounters } from "./schema";

export function rateCounterStore(db: Db): RateCounterStore {
  return {
    // One upsert: the key's row is locked while it counts, so concurrent requests on any instance count exactly.
    async count(key, now, windowMs) {
      const ends = new Date(new Date(now).getTime() + windowMs).toISOString();
      const { rows } = await db.execute<{ hits: number; resets_ms: number }>(sql`
        INSERT INTO rate_counters AS c (key, hits, resets_at) VALUES (${key}, 1, ${ends}::timestamptz)
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN c.resets_at <= ${now}::timestamptz THEN 1 ELSE c.hits + 1 END,
          resets_at = CASE WHEN c.resets_at <= ${now}::timestamptz THEN excluded.resets_at ELSE c.resets_at END
        RETURNING hits, (extract(epoch FROM resets_at) * 1000)::float8 AS resets_ms`);
      const [row] = rows;
      return { hits: row.hits, resetsAt: new Date(row.resets_ms).toISOString() };
    },
    async purgeUpTo(before) {
      const gone = await db
        .delete(rateCounters)
        .where(lte(rateCounters.resetsAt, before))
        .returning({ key: rateCounters.key });
      return gone.length;
    },
  };
}
