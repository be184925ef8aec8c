import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { OtpCodeStore } from "../domain/stores";
import type { Db } from "./db";
import { otpCodes } from "./schema";

export function otpCodeStore(db: Db): OtpCodeStore {
  return {
    async countForPolicySince(policyNumber, since) {
      const recent = await db
        .select({ id: otpCodes.id })
        .from(otpCodes)
        .where(and(eq(otpCodes.policyNumber, policyNumber), gt(otpCodes.createdAt, since)));
      return recent.length;
    },
    async insert(row) {
      await db.insert(otpCodes).values(row);
    },
    async newestUnused(purpose, email, policyNumber) {
      const where = [eq(otpCodes.purpose, purpose), eq(otpCodes.email, email), isNull(otpCodes.consumedAt)];
      if (policyNumber) where.push(eq(otpCodes.policyNumber, policyNumber));
      const [row] = await db
        .select()
        .from(otpCodes)
        .where(and(...where))
        .orderBy(desc(otpCodes.createdAt))
        .limit(1);
      return row ?? null;
    },
    // Conditional updates: concurrent guesses can't exceed the limit, and a code is spent once.
    async countWrongGuess(id, max) {
      const [counted] = await db
        .update(otpCodes)
        .set({ attempts: sql`${otpCodes.attempts} + 1` })
        .where(and(eq(otpCodes.id, id), lt(otpCodes.attempts, max)))
        .returning({ attempts: otpCodes.attempts });
      return counted ? counted.attempts : null;
    },
    async purgeExpiredBefore(before) {
      return (await db.delete(otpCodes).where(lt(otpCodes.expiresAt, before)).returning({ id: otpCodes.id })).length;
    },
    async spend(id, at, max) {
      const spent = await db
        .update(otpCodes)
        .set({ consumedAt: at })
        .where(and(eq(otpCodes.id, id), isNull(otpCodes.consumedAt), lt(otpCodes.attempts, max)))
        .returning({ id: otpCodes.id });
      return spent.length > 0;
    },
  };
}
