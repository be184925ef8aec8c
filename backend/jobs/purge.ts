import type { AppContext } from "../context";
import { DECLINED, OPEN_QUOTE } from "../../contract/lifecycle";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Quotes not taken up, deleted RETENTION_DAYS (default 30) after their last change: open ones (New, Quoted) and
 * declined ones. Never a bought policy (it is a contract, kept with its documents) and never one awaiting an
 * underwriter (Pending-approval): the applicant was promised a decision, and an approval reopens it and starts the
 * clock again. A quote with any payment on record is kept for the payment's audit trail.
 */
export const NOT_TAKEN_UP = [...OPEN_QUOTE, ...DECLINED];

const ago = (ctx: AppContext, ms: number) => new Date(ctx.now().getTime() - ms).toISOString();

/** Verification codes a day past their expiry (kept that long so a late attempt still reads "expired"). */
export async function purgeExpiredCodes(ctx: AppContext): Promise<number> {
  return ctx.stores.otpCodes.purgeExpiredBefore(ago(ctx, DAY));
}

/**
 * Quotes not taken up: rows, versions, emails, codes and uploads go together, one quote per transaction; the stored
 * files after it (a file left by a crash between the two is an orphan nobody can reach, never a half-deleted quote).
 * Batches until none is left, so a backlog clears in one run.
 */
export async function purgeStaleDrafts(ctx: AppContext, batch = 100): Promise<number> {
  const before = ago(ctx, ctx.config.RETENTION_DAYS * DAY);
  let removed = 0;
  for (;;) {
    const stale = await ctx.stores.policies.staleDrafts(NOT_TAKEN_UP, before, batch);
    for (const n of stale) {
      const keys = await ctx.stores.policies.removeDraft(n);
      for (const key of keys) await ctx.files.remove(key);
    }
    removed += stale.length;
    if (stale.length < batch) return removed;
  }
}

export async function purgeExpired(ctx: AppContext) {
  return {
    codes: await purgeExpiredCodes(ctx),
    idempotencyKeys: await ctx.stores.idempotency.purgeExpired(ctx.now()),
    drafts: await purgeStaleDrafts(ctx),
  };
}
