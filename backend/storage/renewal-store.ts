import { and, asc, eq, gte, inArray, isNotNull, lte, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { ISSUED, STATUS } from "../../contract/lifecycle";
import type { RenewalStore } from "../domain/stores";
import type { Db } from "./db";
import { policies, policyRenewals } from "./schema";

export function renewalStore(db: Db): RenewalStore {
  return {
    async get(n) {
      const [row] = await db.select().from(policyRenewals).where(eq(policyRenewals.policyNumber, n)).limit(1);
      return row ?? null;
    },
    dueForInvitation: (from, to, limit) =>
      db
        .select()
        .from(policies)
        .where(
          and(
            eq(policies.status, STATUS.active),
            gte(policies.endDate, from),
            lte(policies.endDate, to),
            notExists(
              db
                .select({ n: policyRenewals.policyNumber })
                .from(policyRenewals)
                .where(
                  and(eq(policyRenewals.policyNumber, policies.policyNumber), isNotNull(policyRenewals.invitedAt)),
                ),
            ),
          ),
        )
        .orderBy(asc(policies.endDate), asc(policies.policyNumber))
        .limit(limit),
    async claimInvitation(n, at) {
      const claimed = await db
        .insert(policyRenewals)
        .values({ policyNumber: n, invitedAt: at, updatedAt: at })
        .onConflictDoUpdate({
          target: policyRenewals.policyNumber,
          set: { invitedAt: at, updatedAt: at },
          setWhere: sql`${policyRenewals.invitedAt} IS NULL`,
        })
        .returning({ n: policyRenewals.policyNumber });
      return claimed.length > 0;
    },
    async setRenewalPolicy(n, renewal, at) {
      await db
        .update(policyRenewals)
        .set({ renewalPolicyNumber: renewal, updatedAt: at })
        .where(eq(policyRenewals.policyNumber, n));
    },
    dueForAutomaticRenewal(today, limit) {
      const renewal = alias(policies, "renewal");
      return db
        .select()
        .from(policies)
        .where(
          and(
            eq(policies.status, STATUS.active),
            eq(policies.recurringPayment, true),
            lte(policies.endDate, today),
            notExists(
              db
                .select({ n: policyRenewals.policyNumber })
                .from(policyRenewals)
                .where(
                  and(eq(policyRenewals.policyNumber, policies.policyNumber), eq(policyRenewals.autoRenewOff, true)),
                ),
            ),
            notExists(
              db
                .select({ n: renewal.policyNumber })
                .from(renewal)
                .where(
                  and(eq(renewal.renewedFromPolicyNumber, policies.policyNumber), inArray(renewal.status, [...ISSUED])),
                ),
            ),
          ),
        )
        .orderBy(asc(policies.endDate), asc(policies.policyNumber))
        .limit(limit);
    },
    async setAutoRenewOff(n, off, at) {
      await db
        .insert(policyRenewals)
        .values({ policyNumber: n, autoRenewOff: off, updatedAt: at })
        .onConflictDoUpdate({ target: policyRenewals.policyNumber, set: { autoRenewOff: off, updatedAt: at } });
    },
  };
}
