import { randomUUID } from "node:crypto";
import type { AppContext } from "../context";
import { queueEmail } from "../mail/outbox";
import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";
import { say } from "../messages";
import { hashToken, newCode, sameHash } from "./tokens";

export const OTP_TTL_MS = 10 * 60 * 1000;
export const OTP_MAX_ATTEMPTS = 5;

type Purpose = "quote" | "sign_in";

/** `language`: the quote's, for its code; for a sign-in code (no policy), the one the request asked in. */
export async function issueCode(
  ctx: AppContext,
  opts: { purpose: Purpose; email: string; policyNumber?: string; language?: Locale },
) {
  const code = newCode();
  const now = ctx.now();
  await ctx.stores.otpCodes.insert({
    id: randomUUID(),
    purpose: opts.purpose,
    email: opts.email.toLowerCase(),
    policyNumber: opts.policyNumber ?? null,
    codeHash: hashToken(`${opts.purpose}:${opts.email.toLowerCase()}:${code}`),
    expiresAt: new Date(now.getTime() + OTP_TTL_MS).toISOString(),
    createdAt: now.toISOString(),
  });
  const language = opts.language ?? DEFAULT_LOCALE;
  await queueEmail(ctx, {
    to: opts.email,
    subject: say(language, "email", "codeSubject"),
    body:
      opts.purpose === "quote"
        ? say(language, "email", "codeForQuote", { policyNumber: opts.policyNumber ?? "", code })
        : say(language, "email", "codeForSignIn", { code }),
    language,
    kind: opts.purpose === "quote" ? "otp_quote" : "otp_sign_in",
    policyNumber: opts.policyNumber ?? null,
  });
}

export type VerifyOutcome = "ok" | "wrong" | "expired" | "locked" | "none";

/** Checks the newest live code; 5 wrong tries lock it, so a new code must be requested. */
export async function verifyCode(
  ctx: AppContext,
  opts: { purpose: Purpose; email: string; code: string; policyNumber?: string },
): Promise<VerifyOutcome> {
  const email = opts.email.toLowerCase();
  const row = await ctx.stores.otpCodes.newestUnused(opts.purpose, email, opts.policyNumber);
  if (!row) return "none";
  if (row.attempts >= OTP_MAX_ATTEMPTS) return "locked";
  if (new Date(row.expiresAt).getTime() <= ctx.now().getTime()) return "expired";
  const ok = sameHash(hashToken(`${opts.purpose}:${email}:${opts.code.trim()}`), row.codeHash);
  if (!ok) {
    const attempts = await ctx.stores.otpCodes.countWrongGuess(row.id, OTP_MAX_ATTEMPTS);
    return attempts === null || attempts >= OTP_MAX_ATTEMPTS ? "locked" : "wrong";
  }
  const spent = await ctx.stores.otpCodes.spend(row.id, ctx.now().toISOString(), OTP_MAX_ATTEMPTS);
  return spent ? "ok" : "none";
}
