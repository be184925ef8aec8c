import { lte, sql } from "drizzle-orm";
import type { RateCounterStore } from "../domain/stores";
import type { Db } from "./db";
import { rateCounters } from "./schema";

export function rateCounterStore(db: Db): RateCounterStore {
  return {
    // One upsert for every key: each key's row is locked while it counts, so concurrent counts on any instance add up
    // exactly. Keys go in the order given, so two instances adding the same keys can't deadlock.
    async add(counts, now) {
      if (counts.length === 0) return [];
      const given = JSON.stringify(counts.map(({ key, hits, windowMs }) => ({ key, hits, window_ms: windowMs })));
      const { rows } = await db.execute<{ key: string; hits: number; resets_ms: number }>(sql`
        INSERT INTO rate_counters AS c (key, hits, resets_at)
        SELECT key, hits, ${now}::timestamptz + window_ms * interval '1 millisecond'
        FROM ROWS FROM (jsonb_to_recordset(${given}::jsonb) AS (key text, hits int, window_ms int)) WITH ORDINALITY
          AS given(key, hits, window_ms, n)
        ORDER BY n
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN c.resets_at <= ${now}::timestamptz THEN excluded.hits ELSE c.hits + excluded.hits END,
          resets_at = CASE WHEN c.resets_at <= ${now}::timestamptz THEN excluded.resets_at ELSE c.resets_at END
        RETURNING key, hits, (extract(epoch FROM resets_at) * 1000)::float8 AS resets_ms`);
      return rows.map((row) => ({ key: row.key, hits: row.hits, resetsAt: new Date(row.resets_ms).toISOString() }));
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
