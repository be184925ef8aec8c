import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { customers } from "../storage/schema";
import { issueToken } from "./sessions";

export async function findOrCreateCustomer(ctx: AppContext, facts: { email: string; firstName?: string | null; lastName?: string | null }) {
  const email = facts.email.toLowerCase();
  const [existing] = await ctx.db.select().from(customers).where(eq(customers.email, email)).limit(1);
  if (existing) return existing;
  const row = { id: randomUUID(), email, firstName: facts.firstName ?? "", lastName: facts.lastName ?? "", createdAt: ctx.now().toISOString() };
  await ctx.db.insert(customers).values(row).onConflictDoNothing();
  const [created] = await ctx.db.select().from(customers).where(eq(customers.email, email)).limit(1);
  return created;
}

export const issueCustomerToken = (ctx: AppContext, customerId: string, policyScope: string | null = null) =>
  issueToken(ctx, { kind: "customer", customerId, policyScope });
