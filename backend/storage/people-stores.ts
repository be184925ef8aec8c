import { and, eq, gt } from "drizzle-orm";
import type { CustomerStore, OtpCodeStore, UserStore } from "../domain/stores";
import type { Db } from "./db";
import { customers, otpCodes, policies, users } from "./schema";

export function userStore(db: Db): UserStore {
  return {
    async byId(userId) {
      const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
      return row ?? null;
    },
    async byUsername(username) {
      const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
      return row ?? null;
    },
    async insertIfAbsent(row) {
      await db.insert(users).values(row).onConflictDoNothing();
    },
    async seller(userId) {
      const [u] = await db
        .select({ name: users.name, agentCode: users.agentCode })
        .from(users)
        .where(eq(users.id, userId))
        .limit(1);
      return u ?? null;
    },
  };
}

export function customerStore(db: Db): CustomerStore {
  return {
    async byEmail(email) {
      const [customer] = await db.select().from(customers).where(eq(customers.email, email)).limit(1);
      return customer ?? null;
    },
    async insertIfAbsent(row) {
      await db.insert(customers).values(row).onConflictDoNothing();
    },
    async policyWithCustomer(policyNumber) {
      const [row] = await db
        .select({ policy: policies, customer: customers })
        .from(policies)
        .innerJoin(customers, eq(customers.id, policies.customerId))
        .where(eq(policies.policyNumber, policyNumber))
        .limit(1);
      return row ?? null;
    },
  };
}

export function otpCodeStore(db: Db): OtpCodeStore {
  return {
    async countForPolicySince(policyNumber, since) {
      const recent = await db
        .select({ id: otpCodes.id })
        .from(otpCodes)
        .where(and(eq(otpCodes.policyNumber, policyNumber), gt(otpCodes.createdAt, since)));
      return recent.length;
    },
  };
}
