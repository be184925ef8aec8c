import { and, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { AppContext } from "../context";
import { outbox } from "../storage/schema";
import { OTP_TTL_MS } from "../security/otp";
import { LINK_TTL_MS } from "../domain/actions/continue-link";

export const MAX_ATTEMPTS = 5;
/** A sender takes seconds per email; a row still "sending" after this was left by a crash. */
const STUCK_AFTER_MS = 5 * 60 * 1000;

/** Emails whose body is a secret for one inbox (a code, a signed link), and how long that secret lives. */
const SECRET_KINDS: Record<string, number> = {
  otp_quote: OTP_TTL_MS,
  otp_sign_in: OTP_TTL_MS,
  continue_link: LINK_TTL_MS,
};
export const REDACTED_BODY = "[Removed from the outbox: this email held a code or link, now sent or expired.]";

/** Rows a crashed sender left "sending" go back to the queue; after MAX_ATTEMPTS they are marked failed. */
export async function retryStuckEmails(ctx: AppContext, stuckAfterMs = STUCK_AFTER_MS): Promise<number> {
  const before = new Date(ctx.now().getTime() - stuckAfterMs).toISOString();
  const claimedBefore = or(lt(outbox.claimedAt, before), and(isNull(outbox.claimedAt), lt(outbox.createdAt, before)));
  const stuck = and(eq(outbox.status, "sending"), claimedBefore);
  await ctx.db
    .update(outbox)
    .set({ status: `failed: gave up after ${MAX_ATTEMPTS} attempts` })
    .where(and(stuck, sql`${outbox.attempts} >= ${MAX_ATTEMPTS}`));
  const retried = await ctx.db
    .update(outbox)
    .set({ status: "queued", claimedAt: null })
    .where(stuck)
    .returning({ id: outbox.id });
  return retried.length;
}

/** Codes and links are blanked once delivered or past their lifetime, so the outbox is no store of secrets. */
export async function purgeSentSecrets(ctx: AppContext): Promise<number> {
  let purged = 0;
  for (const [kind, ttl] of Object.entries(SECRET_KINDS)) {
    const expiredBefore = new Date(ctx.now().getTime() - ttl).toISOString();
    const rows = await ctx.db
      .update(outbox)
      .set({ body: REDACTED_BODY })
      .where(
        and(
          eq(outbox.kind, kind),
          ne(outbox.body, REDACTED_BODY),
          or(eq(outbox.status, "sent"), lt(outbox.createdAt, expiredBefore)),
        ),
      )
      .returning({ id: outbox.id });
    purged += rows.length;
  }
  return purged;
}

/** The body to keep once an email is delivered. */
export const bodyAfterSending = (kind: string, body: string) => (kind in SECRET_KINDS ? REDACTED_BODY : body);
