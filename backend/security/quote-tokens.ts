import type { AppContext } from "../context";
import { unauthenticated } from "../domain/errors";
import { hashToken } from "./tokens";

export const QUOTE_TOKEN_IDLE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Marks a quote token used now and says whether it was still alive: one statement, so the check and the
 * touch can't be split. A token idle past its lifetime stays dead (its row is not moved on). A token not
 * seen yet counts from `issuedOrSavedAt` (the quote's last save, which the token's holder made).
 */
export async function touchQuoteToken(ctx: AppContext, quoteToken: string, issuedOrSavedAt: string): Promise<boolean> {
  const now = ctx.now();
  const oldest = new Date(now.getTime() - QUOTE_TOKEN_IDLE_MS).toISOString();
  return ctx.stores.quoteTokens.touch(hashToken(quoteToken), now.toISOString(), oldest, issuedOrSavedAt);
}

export const quoteTokenExpired = () =>
  unauthenticated(
    "This quote was last opened on this device more than 30 days ago, so it is no longer open here. " +
      "Sign in to see it, or ask us for a link to continue it.",
    "quote_token_expired",
  );
