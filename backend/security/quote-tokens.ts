import type { AppContext } from "../context";
import { said, unauthenticated } from "../domain/errors";

export const QUOTE_TOKEN_IDLE_MS = 30 * 24 * 60 * 60 * 1000;
/** A token used again within this long is not written again: its last use moves on at most once a minute. */
export const QUOTE_TOKEN_TOUCH_EVERY_MS = 60 * 1000;
const REMEMBERED = 10_000;

/** Per context (one API process): when each token hash was last found alive and written, by `ctx.now()`. */
const recentlyTouched = new WeakMap<AppContext, Map<string, number>>();

/**
 * Marks a quote token (by its hash) used now and says whether it was still alive: one statement, so the check and the
 * touch can't be split. A token idle past its lifetime stays dead (its row is not moved on). A token not
 * seen yet counts from `issuedOrSavedAt` (the quote's last save, which the token's holder made).
 * A token this process touched less than a minute ago is alive without asking the database (a page and
 * its documents, a journey's steps), so a 30-day lifetime is off by a minute at most.
 */
export async function touchQuoteToken(ctx: AppContext, hash: string, issuedOrSavedAt: string): Promise<boolean> {
  const now = ctx.now();
  let seen = recentlyTouched.get(ctx);
  if (!seen) recentlyTouched.set(ctx, (seen = new Map()));
  const last = seen.get(hash);
  if (last !== undefined && now.getTime() - last >= 0 && now.getTime() - last < QUOTE_TOKEN_TOUCH_EVERY_MS) return true;
  const oldest = new Date(now.getTime() - QUOTE_TOKEN_IDLE_MS).toISOString();
  const alive = await ctx.stores.quoteTokens.touch(hash, now.toISOString(), oldest, issuedOrSavedAt);
  if (seen.size >= REMEMBERED) seen.clear();
  if (alive) seen.set(hash, now.getTime());
  else seen.delete(hash);
  return alive;
}

export const quoteTokenExpired = (product?: string) =>
  unauthenticated(said("quoteTokenExpired", {}, product), "quote_token_expired");
