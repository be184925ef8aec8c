import { randomUUID } from "node:crypto";
import type { AppContext } from "../context";
import { issueToken } from "./sessions";

export async function findOrCreateCustomer(
  ctx: AppContext,
  facts: { email: string; firstName?: string | null; lastName?: string | null },
) {
  const email = facts.email.toLowerCase();
  const existing = await ctx.stores.customers.byEmail(email);
  if (existing) return existing;
  const names = { firstName: facts.firstName ?? "", lastName: facts.lastName ?? "" };
  await ctx.stores.customers.insertIfAbsent({ id: randomUUID(), email, ...names, createdAt: ctx.now().toISOString() });
  return (await ctx.stores.customers.byEmail(email))!;
}

export const issueCustomerToken = (ctx: AppContext, customerId: string, policyScope: string | null = null) =>
  issueToken(ctx, { kind: "customer", customerId, policyScope });
