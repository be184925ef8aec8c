import type { AppContext } from "../context";
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
  referral_approved: LINK_TTL_MS,
  renewal_invitation: LINK_TTL_MS,
};
export const REDACTED_BODY = "[Removed from the outbox: this email held a code or link, now sent or expired.]";

/** Rows a crashed sender left "sending" go back to the queue; after MAX_ATTEMPTS they are marked failed. */
export async function retryStuckEmails(ctx: AppContext, stuckAfterMs = STUCK_AFTER_MS): Promise<number> {
  const before = new Date(ctx.now().getTime() - stuckAfterMs).toISOString();
  return ctx.stores.outbox.requeueStuck(before, MAX_ATTEMPTS);
}

/** Codes and links are blanked once delivered or past their lifetime, so the outbox is no store of secrets. */
export async function purgeSentSecrets(ctx: AppContext): Promise<number> {
  let purged = 0;
  for (const [kind, ttl] of Object.entries(SECRET_KINDS)) {
    const expiredBefore = new Date(ctx.now().getTime() - ttl).toISOString();
    purged += await ctx.stores.outbox.redact(kind, expiredBefore, REDACTED_BODY);
  }
  return purged;
}

/** The body to keep once an email is delivered. */
export const bodyAfterSending = (kind: string, body: string) => (kind in SECRET_KINDS ? REDACTED_BODY : body);
