import type { FastifyRequest } from "fastify";
import type { AppContext } from "../context";
import { hashToken } from "./tokens";

export type Caller =
  | { kind: "anonymous"; quoteToken: string | null }
  | { kind: "customer"; customerId: string; policyScope: string | null; tokenHash: string; quoteToken: string | null }
  | {
      kind: "user";
      userId: string;
      name: string;
      agentCode: string | null;
      permissions: string[];
      tokenHash: string;
      quoteToken: string | null;
    };

export type Permission =
  | "view_all_policies"
  | "cancel_policy"
  | "remove_recurring_payment"
  | "approve_referrals"
  | "send_continue_links"
  | "suspend_policies";

/** Who is calling: a live bearer token (customer or user) and/or the quote token of the quote being built. */
export async function resolveCaller(ctx: AppContext, request: FastifyRequest): Promise<Caller> {
  const quoteHeader = request.headers["x-quote-token"];
  const quoteToken = typeof quoteHeader === "string" && quoteHeader.length > 0 ? quoteHeader : null;
  const auth = request.headers.authorization;
  const bearer = auth?.startsWith("Bearer ") ? auth.slice(7).trim() : null;
  if (!bearer) return { kind: "anonymous", quoteToken };
  const tokenHash = hashToken(bearer);
  const token = await ctx.stores.authTokens.live(tokenHash, ctx.now().toISOString());
  if (!token) return { kind: "anonymous", quoteToken };
  if (token.kind === "customer" && token.customerId) {
    return { kind: "customer", customerId: token.customerId, policyScope: token.policyScope, tokenHash, quoteToken };
  }
  if (token.kind === "user" && token.userId) {
    const user = await loadUser(ctx, token.userId);
    if (user) return { kind: "user", ...user, tokenHash, quoteToken };
  }
  return { kind: "anonymous", quoteToken };
}

async function loadUser(ctx: AppContext, userId: string) {
  const row = await ctx.stores.users.byId(userId);
  return row ? { userId: row.id, name: row.name, agentCode: row.agentCode, permissions: row.permissions } : null;
}
