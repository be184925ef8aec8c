import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { authTokens, customers } from "../storage/schema";
import { hashToken, newToken } from "./tokens";

export const CUSTOMER_TOKEN_TTL_MS = 8 * 60 * 60 * 1000;

export async function findOrCreateCustomer(ctx: AppContext, facts: { email: string; firstName?: string | null; lastName?: string | null }) {
  const email = facts.email.toLowerCase();
  const [existing] = await ctx.db.select().from(customers).where(eq(customers.email, email)).limit(1);
  if (existing) return existing;
  const row = { id: randomUUID(), email, firstName: facts.firstName ?? "", lastName: facts.lastName ?? "", createdAt: ctx.now().toISOString() };
  await ctx.db.insert(customers).values(row).onConflictDoNothing();
  const [created] = await ctx.db.select().from(customers).where(eq(customers.email, email)).limit(1);
  return created;
}

/** Opaque bearer token; only its hash is stored. */
export async function issueCustomerToken(ctx: AppContext, customerId: string, policyScope: string | null = null) {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + CUSTOMER_TOKEN_TTL_MS).toISOString();
  await ctx.db.insert(authTokens).values({
    tokenHash: hashToken(token),
    kind: "customer",
    customerId,
    policyScope,
    expiresAt,
    createdAt: now.toISOString(),
  });
  return { token, expiresAt };
}
