import { z } from "zod";
import type { AppContext } from "../context";
import { isStatusIn, OPEN_QUOTE } from "../../contract/lifecycle";
import { issueCode, verifyCode } from "../security/otp";
import { issueToken } from "../security/sessions";
import { withinLimit } from "../security/rate-events";
import type { CustomerRow } from "../storage/rows";
import { tooMany, unauthenticated } from "./errors";
import { parseWith } from "./parse";
import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";

const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address");
const codeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "must be the 6 digits from the email");
const CODES_PER_EMAIL = 5;
const CODE_WINDOW_MS = 15 * 60 * 1000;
const tooManyAttempts = () => tooMany("Too many attempts. Please wait a few minutes and try again.");

const customerInfo = (c: CustomerRow) => ({ email: c.email, first_name: c.firstName, last_name: c.lastName });

/**
 * Checks a request for a sign-in code and hands back what sends it: the code goes only when the email belongs to a
 * customer, and only a customer's inbox learns whether it does. The caller answers first and sends after, so the
 * answer takes as long for an unknown email as for a known one: its timing tells nobody which emails have accounts.
 * `language`: the one the request asked in (the code knows no policy to take it from).
 */
export async function requestSignInCode(
  ctx: AppContext,
  input: unknown,
  language: Locale = DEFAULT_LOCALE,
): Promise<() => Promise<void>> {
  const { email } = parseWith(z.object({ email: emailSchema }), input);
  if (!(await withinLimit(ctx, `otp-request:${email}`, CODES_PER_EMAIL, CODE_WINDOW_MS))) throw tooManyAttempts();
  return async () => {
    const customer = await ctx.stores.customers.byEmail(email);
    if (customer) await issueCode(ctx, { purpose: "sign_in", email, language });
  };
}

export async function verifySignInCode(ctx: AppContext, input: unknown) {
  const { email, code } = parseWith(z.object({ email: emailSchema, code: codeSchema }), input);
  const outcome = await verifyCode(ctx, { purpose: "sign_in", email, code });
  if (outcome === "locked") throw tooMany("Too many wrong codes. Ask for a new code and try again.", "otp_locked");
  if (outcome !== "ok") {
    throw unauthenticated(
      outcome === "expired"
        ? "That code has expired. Ask for a new one."
        : "That code isn't right. Check the newest email from us.",
    );
  }
  const customer = (await ctx.stores.customers.byEmail(email))!;
  const { token, expiresAt } = await issueToken(ctx, { kind: "customer", customerId: customer.id });
  return { token, expires_at: expiresAt, customer: customerInfo(customer) };
}

/** Signing in to one bought policy with its number and the customer's last name. */
export async function policyLogin(ctx: AppContext, input: unknown) {
  const loginSchema = z.object({ policy_number: z.string().trim().min(1), last_name: z.string().trim().min(1) });
  const body = parseWith(loginSchema, input);
  const policyNumber = body.policy_number.toUpperCase();
  if (!(await withinLimit(ctx, `policy-login:${policyNumber}`, 10, CODE_WINDOW_MS))) throw tooManyAttempts();
  const row = await ctx.stores.customers.policyWithCustomer(policyNumber);
  const sameName = row && row.customer.lastName.trim().toLowerCase() === body.last_name.toLowerCase();
  if (!row || !sameName || isStatusIn(OPEN_QUOTE, row.policy.status)) {
    throw unauthenticated("We couldn't find a policy with that number and last name.");
  }
  const scope = { kind: "customer" as const, customerId: row.customer.id, policyScope: row.policy.policyNumber };
  const { token, expiresAt } = await issueToken(ctx, scope);
  return { token, expires_at: expiresAt, customer: customerInfo(row.customer), policy_number: row.policy.policyNumber };
}
