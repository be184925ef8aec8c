import { eq } from "drizzle-orm";
import type { CustomerStore, UserStore } from "../domain/stores";
import type { Db } from "./db";
import { customers, policies, users } from "./schema";

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
