import type { AppContext } from "../context";
import { hashToken, newToken } from "./tokens";

const HOUR = 60 * 60 * 1000;
/** Idle lifetime: how long a token lives without a refresh. */
export const TOKEN_TTL_MS = { customer: 30 * 60 * 1000, user: 8 * HOUR } as const;
/** Absolute lifetime: no refresh carries a token past this after sign-in (a working day, then sign in again). */
export const TOKEN_MAX_AGE_MS = { customer: 12 * HOUR, user: 12 * HOUR } as const;

type Grant = { kind: "customer"; customerId: string; policyScope?: string | null } | { kind: "user"; userId: string };

const earlier = (a: string, b: string) => (new Date(a).getTime() <= new Date(b).getTime() ? a : b);

/** An opaque bearer token; only its hash is stored, so a database leak reveals no usable token. */
export async function issueToken(ctx: AppContext, grant: Grant) {
  const token = newToken();
  const now = ctx.now();
  const absoluteExpiresAt = new Date(now.getTime() + TOKEN_MAX_AGE_MS[grant.kind]).toISOString();
  const expiresAt = earlier(new Date(now.getTime() + TOKEN_TTL_MS[grant.kind]).toISOString(), absoluteExpiresAt);
  await ctx.stores.authTokens.insert({
    tokenHash: hashToken(token),
    kind: grant.kind,
    customerId: grant.kind === "customer" ? grant.customerId : null,
    userId: grant.kind === "user" ? grant.userId : null,
    policyScope: grant.kind === "customer" ? (grant.policyScope ?? null) : null,
    expiresAt,
    absoluteExpiresAt,
    createdAt: now.toISOString(),
  });
  return { token, expiresAt };
}

export async function revokeToken(ctx: AppContext, tokenHash: string) {
  await ctx.stores.authTokens.revoke(tokenHash, ctx.now().toISOString());
}

/** "Stay signed in": a live token gets a fresh idle expiry, capped by its absolute lifetime. */
export async function refreshToken(ctx: AppContext, tokenHash: string, kind: keyof typeof TOKEN_TTL_MS) {
  const row = await ctx.stores.authTokens.byHash(tokenHash);
  const idle = new Date(ctx.now().getTime() + TOKEN_TTL_MS[kind]).toISOString();
  const expiresAt = row ? earlier(idle, new Date(row.absoluteExpiresAt).toISOString()) : idle;
  await ctx.stores.authTokens.setExpiry(tokenHash, expiresAt);
  return expiresAt;
}
