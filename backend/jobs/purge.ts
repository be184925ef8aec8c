import type { AppContext } from "../context";
import { OPEN_QUOTE } from "../../contract/lifecycle";

const DAY = 24 * 60 * 60 * 1000;
/** A quote nobody has touched for this long (never bought, never paid for) is removed with its files. */
export const DRAFT_TTL_MS = 30 * DAY;

const ago = (ctx: AppContext, ms: number) => new Date(ctx.now().getTime() - ms).toISOString();

/** Verification codes a day past their expiry (kept that long so a late attempt still reads "expired"). */
export async function purgeExpiredCodes(ctx: AppContext): Promise<number> {
  return ctx.stores.otpCodes.purgeExpiredBefore(ago(ctx, DAY));
}

/** Abandoned quotes: rows, versions and uploads go together, one quote per transaction. */
export async function purgeStaleDrafts(ctx: AppContext, batch = 100): Promise<number> {
  const stale = await ctx.stores.policies.staleDrafts([...OPEN_QUOTE], ago(ctx, DRAFT_TTL_MS), batch);
  for (const n of stale) {
    const keys = await ctx.stores.policies.removeDraft(n);
    for (const key of keys) await ctx.files.remove(key);
  }
  return stale.length;
}

export async function purgeExpired(ctx: AppContext) {
  return {
    codes: await purgeExpiredCodes(ctx),
    idempotencyKeys: await ctx.stores.idempotency.purgeExpired(ctx.now()),
    drafts: await purgeStaleDrafts(ctx),
  };
}
