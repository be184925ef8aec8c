import { z } from "zod";
import type { AppContext } from "../context";
import type { Caller } from "../security/caller";
import { reserveLoginAttempt } from "../security/login-throttle";
import { issueToken, refreshToken, revokeToken } from "../security/sessions";
import { checkPassword, publicUser } from "../security/users";
import { tooMany, unauthenticated } from "./errors";
import { parseWith } from "./parse";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});

/** Only failures count (see login-throttle): a busy office signing in is never slowed down. */
export async function staffLogin(ctx: AppContext, input: unknown, clientAddress: string) {
  const body = parseWith(credentialsSchema, input);
  const attempt = await reserveLoginAttempt(ctx, body.username, clientAddress);
  if (!attempt.allowed) {
    const minutes = Math.ceil(attempt.retryInMs / 60_000);
    const unit = minutes === 1 ? "minute" : "minutes";
    const detail = `Too many wrong passwords from your address. Try again in ${minutes} ${unit}.`;
    throw tooMany(detail, "rate_limited", Math.ceil(attempt.retryInMs / 1000));
  }
  const user = await checkPassword(ctx, body.username, body.password);
  await attempt.settle(!!user);
  if (!user) throw unauthenticated("That username and password don't match.");
  const { token, expiresAt } = await issueToken(ctx, { kind: "user", userId: user.id });
  return { token, expires_at: expiresAt, user: publicUser(user) };
}

export async function signOut(ctx: AppContext, caller: Caller): Promise<void> {
  if (caller.kind !== "anonymous") await revokeToken(ctx, caller.tokenHash);
}

export async function refreshSession(ctx: AppContext, caller: Caller) {
  if (caller.kind === "anonymous") throw unauthenticated("Your session has ended. Please sign in again.");
  return { expires_at: await refreshToken(ctx, caller.tokenHash, caller.kind) };
}
