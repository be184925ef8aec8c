import { and, eq, inArray, lt, notExists } from "drizzle-orm";
import type { AppContext } from "../context";
import { purgeExpiredKeys } from "../idempotency/store";
import { attachments, otpCodes, payments, policies, policyVersions } from "../storage/schema";
import { OPEN_QUOTE } from "../../contract/lifecycle";

const DAY = 24 * 60 * 60 * 1000;
/** A quote nobody has touched for this long (never bought, never paid for) is removed with its files. */
export const DRAFT_TTL_MS = 30 * DAY;

const ago = (ctx: AppContext, ms: number) => new Date(ctx.now().getTime() - ms).toISOString();

/** Verification codes a day past their expiry (kept that long so a late attempt still reads "expired"). */
export async function purgeExpiredCodes(ctx: AppContext): Promise<number> {
  return (
    await ctx.db
      .delete(otpCodes)
      .where(lt(otpCodes.expiresAt, ago(ctx, DAY)))
      .returning({ id: otpCodes.id })
  ).length;
}

/** Abandoned quotes: rows, versions and uploads go together, one quote per transaction. */
export async function purgeStaleDrafts(ctx: AppContext, batch = 100): Promise<number> {
  const stale = await ctx.db
    .select({ n: policies.policyNumber })
    .from(policies)
    .where(
      and(
        inArray(policies.status, [...OPEN_QUOTE]),
        lt(policies.updatedAt, ago(ctx, DRAFT_TTL_MS)),
        notExists(ctx.db.select().from(payments).where(eq(payments.policyNumber, policies.policyNumber))),
      ),
    )
    .limit(batch);
  for (const { n } of stale) {
    const keys = await ctx.db.transaction(async (tx) => {
      const files = await tx
        .delete(attachments)
        .where(eq(attachments.policyNumber, n))
        .returning({ key: attachments.storageKey });
      await tx.delete(policyVersions).where(eq(policyVersions.policyNumber, n));
      await tx.delete(policies).where(eq(policies.policyNumber, n));
      return files.map((f) => f.key);
    });
    for (const key of keys) await ctx.files.remove(key);
  }
  return stale.length;
}

export async function purgeExpired(ctx: AppContext) {
  return {
    codes: await purgeExpiredCodes(ctx),
    idempotencyKeys: await purgeExpiredKeys(ctx.db, ctx.now()),
    drafts: await purgeStaleDrafts(ctx),
  };
}
