import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { AppContext } from "../context";
import { otpCodes } from "../storage/schema";
import { queueEmail } from "../mail/outbox";
import { hashToken, newCode, sameHash } from "./tokens";

export const OTP_TTL_MS = 10 * 60 * 1000;
export const OTP_MAX_ATTEMPTS = 5;

type Purpose = "quote" | "sign_in";

export async function issueCode(ctx: AppContext, opts: { purpose: Purpose; email: string; policyNumber?: string }) {
  const code = newCode();
  const now = ctx.now();
  await ctx.db.insert(otpCodes).values({
    id: randomUUID(),
    purpose: opts.purpose,
    email: opts.email.toLowerCase(),
    policyNumber: opts.policyNumber ?? null,
    codeHash: hashToken(`${opts.purpose}:${opts.email.toLowerCase()}:${code}`),
    expiresAt: new Date(now.getTime() + OTP_TTL_MS).toISOString(),
    createdAt: now.toISOString(),
  });
  const what = opts.purpose === "quote" ? `to confirm your email for quote ${opts.policyNumber}` : "to sign in to your account";
  await queueEmail(ctx, {
    to: opts.email,
    subject: "Your verification code",
    body: `Your code ${what} is ${code}.\n\nIt expires in 10 minutes. If you did not ask for it, you can ignore this email.`,
    kind: opts.purpose === "quote" ? "otp_quote" : "otp_sign_in",
    policyNumber: opts.policyNumber ?? null,
  });
}

export type VerifyOutcome = "ok" | "wrong" | "expired" | "locked" | "none";

/** Checks the newest live code; 5 wrong tries lock it, so a new code must be requested. */
export async function verifyCode(ctx: AppContext, opts: { purpose: Purpose; email: string; code: string; policyNumber?: string }): Promise<VerifyOutcome> {
  const email = opts.email.toLowerCase();
  const where = [eq(otpCodes.purpose, opts.purpose), eq(otpCodes.email, email), isNull(otpCodes.consumedAt)];
  if (opts.policyNumber) where.push(eq(otpCodes.policyNumber, opts.policyNumber));
  const [row] = await ctx.db.select().from(otpCodes).where(and(...where)).orderBy(desc(otpCodes.createdAt)).limit(1);
  if (!row) return "none";
  if (row.attempts >= OTP_MAX_ATTEMPTS) return "locked";
  if (new Date(row.expiresAt).getTime() <= ctx.now().getTime()) return "expired";
  const ok = sameHash(hashToken(`${opts.purpose}:${email}:${opts.code.trim()}`), row.codeHash);
  // Conditional updates: concurrent guesses can't exceed the limit, and a code is spent once.
  if (!ok) {
    const [counted] = await ctx.db
      .update(otpCodes)
      .set({ attempts: sql`${otpCodes.attempts} + 1` })
      .where(and(eq(otpCodes.id, row.id), lt(otpCodes.attempts, OTP_MAX_ATTEMPTS)))
      .returning({ attempts: otpCodes.attempts });
    return !counted || counted.attempts >= OTP_MAX_ATTEMPTS ? "locked" : "wrong";
  }
  const spent = await ctx.db
    .update(otpCodes)
    .set({ consumedAt: ctx.now().toISOString() })
    .where(and(eq(otpCodes.id, row.id), isNull(otpCodes.consumedAt), lt(otpCodes.attempts, OTP_MAX_ATTEMPTS)))
    .returning({ id: otpCodes.id });
  return spent.length ? "ok" : "none";
}
