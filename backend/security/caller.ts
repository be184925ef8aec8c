import { and, eq, gt, isNull } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { AppContext } from "../context";
import { authTokens } from "../storage/schema";
import { hashToken } from "./tokens";

export type Caller =
  | { kind: "anonymous"; quoteToken: string | null }
  | { kind: "customer"; customerId: string; policyScope: string | null; tokenHash: string; quoteToken: string | null }
  | { kind: "user"; userId: string; name: string; agentCode: string | null; permissions: string[]; tokenHash: string; quoteToken: string | null };

export type Permission = "view_all_policies" | "cancel_policy" | "remove_recurring_payment" | "approve_referrals" | "send_continue_links";

/** Who is calling: a live bearer token (customer or user) and/or the quote token of the quote being built. */
export async function resolveCaller(ctx: AppContext, request: FastifyRequest): Promise<Caller> {
  const quoteHeader = request.headers["x-quote-token"];
  const quoteToken = typeof quoteHeader === "string" && quoteHeader.length > 0 ? quoteHeader : null;
  const auth = request.headers.authorization;
  const bearer = auth?.startsWith("Bearer ") ? auth.slice(7).trim() : null;
  if (!bearer) return { kind: "anonymous", quoteToken };
  const tokenHash = hashToken(bearer);
  const rows = await ctx.db
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, tokenHash), isNull(authTokens.revokedAt), gt(authTokens.expiresAt, ctx.now().toISOString())))
    .limit(1);
  const token = rows[0];
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

/** Users arrive with the agent console; until then no user can sign in. */
export type UserLoader = (ctx: AppContext, userId: string) => Promise<{ userId: string; name: string; agentCode: string | null; permissions: string[] } | null>;
let loadUser: UserLoader = async () => null;
export const setUserLoader = (loader: UserLoader) => {
  loadUser = loader;
};
