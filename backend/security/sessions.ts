import { and, eq, isNull } from "drizzle-orm";
import type { AppContext } from "../context";
import { authTokens } from "../storage/schema";
import { hashToken, newToken } from "./tokens";

export const TOKEN_TTL_MS = { customer: 30 * 60 * 1000, user: 8 * 60 * 60 * 1000 } as const;

type Grant = { kind: "customer"; customerId: string; policyScope?: string | null } | { kind: "user"; userId: string };

/** An opaque bearer token; only its hash is stored, so a database leak reveals no usable token. */
export async function issueToken(ctx: AppContext, grant: Grant) {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[grant.kind]).toISOString();
  await ctx.db.insert(authTokens).values({
    tokenHash: hashToken(token),
    kind: grant.kind,
    customerId: grant.kind === "customer" ? grant.customerId : null,
    userId: grant.kind === "user" ? grant.userId : null,
    policyScope: grant.kind === "customer" ? (grant.policyScope ?? null) : null,
    expiresAt,
    createdAt: now.toISOString(),
  });
  return { token, expiresAt };
}

export async function revokeToken(ctx: AppContext, tokenHash: string) {
  await ctx.db.update(authTokens).set({ revokedAt: ctx.now().toISOString() }).where(and(eq(authTokens.tokenHash, tokenHash), isNull(authTokens.revokedAt)));
}

/** "Stay signed in": a live token gets a fresh expiry. */
export async function refreshToken(ctx: AppContext, tokenHash: string, kind: keyof typeof TOKEN_TTL_MS) {
  const expiresAt = new Date(ctx.now().getTime() + TOKEN_TTL_MS[kind]).toISOString();
  await ctx.db.update(authTokens).set({ expiresAt }).where(and(eq(authTokens.tokenHash, tokenHash), isNull(authTokens.revokedAt)));
  return expiresAt;
}
