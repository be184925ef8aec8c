import { sql } from "drizzle-orm";
import type { QuoteTokenStore } from "../domain/stores";
import type { Db } from "./db";

export function quoteTokenStore(db: Db): QuoteTokenStore {
  return {
    async touch(hash, now, oldest, issuedOrSavedAt) {
      const result = await db.execute(sql`
        INSERT INTO quote_token_activity (token_hash, last_used_at)
        SELECT ${hash}, ${now}::timestamptz
        WHERE COALESCE(
          (SELECT last_used_at FROM quote_token_activity WHERE token_hash = ${hash}),
          ${issuedOrSavedAt}::timestamptz
        ) >= ${oldest}::timestamptz
        ON CONFLICT (token_hash) DO UPDATE SET last_used_at = excluded.last_used_at
        RETURNING token_hash`);
      return result.rows.length > 0;
    },
  };
}
