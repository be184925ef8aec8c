import { and, asc, eq, inArray, lte, notExists, sql } from "drizzle-orm";
import { STATUS } from "../../contract/lifecycle";
import type { InstalmentStore } from "../domain/stores";
import type { Db } from "./db";
import { instalments, policies } from "./schema";

const OPEN = ["due", "retrying"] as const;

export function instalmentStore(db: Db): InstalmentStore {
  return {
    async insertMany(rows) {
      if (rows.length) await db.insert(instalments).values(rows);
    },
    forPolicy: (n) =>
      db.select().from(instalments).where(eq(instalments.policyNumber, n)).orderBy(asc(instalments.number)),
    toCollect: (today, limit) =>
      db
        .select()
        .from(instalments)
        .where(
          and(
            inArray(instalments.status, [...OPEN]),
            lte(instalments.nextTryOn, today),
            // A suspended policy's instalments wait (not cancelled): taken once it is reinstated.
            notExists(
              db
                .select({ n: policies.policyNumber })
                .from(policies)
                .where(and(eq(policies.policyNumber, instalments.policyNumber), eq(policies.status, STATUS.suspended))),
            ),
          ),
        )
        .orderBy(asc(instalments.nextTryOn), asc(instalments.policyNumber), asc(instalments.number))
        .limit(limit),
    async lockToCollect(policyNumber, number, today) {
      const locked = await db.execute(
        sql`SELECT number FROM instalments WHERE policy_number = ${policyNumber} AND number = ${number}
            AND status IN ('due', 'retrying') AND next_try_on <= ${today} FOR UPDATE SKIP LOCKED`,
      );
      return locked.rows.length > 0;
    },
    async update(policyNumber, number, patch) {
      await db
        .update(instalments)
        .set(patch)
        .where(and(eq(instalments.policyNumber, policyNumber), eq(instalments.number, number)));
    },
    async cancelOpen(policyNumber, at) {
      await db
        .update(instalments)
        .set({ status: "cancelled", nextTryOn: null, updatedAt: at })
        .where(and(eq(instalments.policyNumber, policyNumber), inArray(instalments.status, [...OPEN])));
    },
  };
}
