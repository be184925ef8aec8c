import { and, desc, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { OutboxStore } from "../domain/stores";
import type { Db } from "./db";
import { outbox } from "./schema";

export function outboxStore(db: Db): OutboxStore {
  return {
    async insert(row) {
      await db.insert(outbox).values(row);
    },
    forPolicy: (policyNumber) =>
      db.select().from(outbox).where(eq(outbox.policyNumber, policyNumber)).orderBy(outbox.createdAt),
    recent: (limit) => db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit),
    // SKIP LOCKED: several instances can claim at once without sending anything twice.
    async claim(at, size) {
      const result = await db.execute(sql`
        UPDATE outbox SET status = 'sending', claimed_at = ${at}, attempts = attempts + 1 WHERE id IN (
          SELECT id FROM outbox WHERE status = 'queued' ORDER BY created_at LIMIT ${size} FOR UPDATE SKIP LOCKED
        ) RETURNING id`);
      const ids = (result.rows as Array<{ id: string }>).map((r) => r.id);
      const rows = [];
      for (const id of ids) rows.push(...(await db.select().from(outbox).where(eq(outbox.id, id))));
      return rows;
    },
    async update(id, patch) {
      await db.update(outbox).set(patch).where(eq(outbox.id, id));
    },
    async requeueStuck(before, maxAttempts) {
      const claimedBefore = or(
        lt(outbox.claimedAt, before),
        and(isNull(outbox.claimedAt), lt(outbox.createdAt, before)),
      );
      const stuck = and(eq(outbox.status, "sending"), claimedBefore);
      await db
        .update(outbox)
        .set({ status: `failed: gave up after ${maxAttempts} attempts` })
        .where(and(stuck, sql`${outbox.attempts} >= ${maxAttempts}`));
      const retried = await db
        .update(outbox)
        .set({ status: "queued", claimedAt: null })
        .where(stuck)
        .returning({ id: outbox.id });
      return retried.length;
    },
    async redact(kind, expiredBefore, redactedBody) {
      const rows = await db
        .update(outbox)
        .set({ body: redactedBody })
        .where(
          and(
            eq(outbox.kind, kind),
            ne(outbox.body, redactedBody),
            or(eq(outbox.status, "sent"), lt(outbox.createdAt, expiredBefore)),
          ),
        )
        .returning({ id: outbox.id });
      return rows.length;
    },
  };
}
