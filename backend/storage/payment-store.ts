import { and, eq, isNotNull, lt, or, sql } from "drizzle-orm";
import type { PaymentStore } from "../domain/stores";
import type { Db } from "./db";
import { payments } from "./schema";

export function paymentStore(db: Db): PaymentStore {
  return {
    async insert(row) {
      await db.insert(payments).values(row);
    },
    async byToken(token) {
      const [row] = await db.select().from(payments).where(eq(payments.token, token)).limit(1);
      return row ?? null;
    },
    forPolicy: (n) => db.select().from(payments).where(eq(payments.policyNumber, n)).orderBy(payments.createdAt),
    async updatePending(token, patch) {
      await db
        .update(payments)
        .set(patch)
        .where(and(eq(payments.token, token), eq(payments.status, "pending")));
    },
    async lockProcessing(token) {
      const locked = await db.execute(
        sql`SELECT token FROM payments WHERE token = ${token} AND status = 'processing' FOR UPDATE SKIP LOCKED`,
      );
      return locked.rows.length > 0;
    },
    async update(token, patch) {
      await db.update(payments).set(patch).where(eq(payments.token, token));
    },
    async stuckBefore(before, limit) {
      const answered = and(eq(payments.status, "pending"), isNotNull(payments.gatewayResult));
      const rows = await db
        .select({ token: payments.token })
        .from(payments)
        .where(and(lt(payments.createdAt, before), or(eq(payments.status, "processing"), answered)))
        .limit(limit);
      return rows.map((r) => r.token);
    },
  };
}
