import type { FastifyInstance } from "fastify";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { AppContext } from "../context";
import { ApiError, unauthenticated } from "../http/errors";
import { parseWith } from "../http/parse";
import { issueCode, verifyCode } from "../security/otp";
import { issueToken, refreshToken, revokeToken } from "../security/sessions";
import { checkPassword, publicUser } from "../security/users";
import { customers, policies } from "../storage/schema";
import { withinLimit } from "../security/rate-events";
import { reserveLoginAttempt } from "../security/login-throttle";
import { OPEN_QUOTE, isStatusIn } from "../../contract/lifecycle";

const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address");
const CODES_PER_EMAIL = 5;
const CODE_WINDOW_MS = 15 * 60 * 1000;
const tooMany = () => new ApiError(429, "rate_limited", "Too many attempts. Please wait a few minutes and try again.");

const customerInfo = (c: typeof customers.$inferSelect) => ({ email: c.email, first_name: c.firstName, last_name: c.lastName });

export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const limit = (share: number) => ({ config: { rateLimit: { max: Math.max(1, Math.round(ctx.config.AUTH_RATE_LIMIT * share)), timeWindow: "1 minute" } } });
  app.post("/api/v3/customer/otp/request/", limit(0.5), async (request, reply) => {
    const { email } = parseWith(z.object({ email: emailSchema }), request.body);
    if (!(await withinLimit(ctx, `otp-request:${email}`, CODES_PER_EMAIL, CODE_WINDOW_MS))) throw tooMany();
    const [customer] = await ctx.db.select().from(customers).where(eq(customers.email, email)).limit(1);
    // Same answer whether or not the email is known: only a customer's inbox learns the difference.
    if (customer) await issueCode(ctx, { purpose: "sign_in", email });
    return reply.status(202).send({ detail: "If that email belongs to a customer, a 6-digit code is on its way. It expires in 10 minutes." });
  });

  app.post("/api/v3/customer/otp/verify/", limit(1), async (request) => {
    const { email, code } = parseWith(z.object({ email: emailSchema, code: z.string().trim().regex(/^\d{6}$/, "must be the 6 digits from the email") }), request.body);
    const outcome = await verifyCode(ctx, { purpose: "sign_in", email, code });
    if (outcome === "locked") throw new ApiError(429, "otp_locked", "Too many wrong codes. Ask for a new code and try again.");
    if (outcome !== "ok") throw unauthenticated(outcome === "expired" ? "That code has expired. Ask for a new one." : "That code isn't right. Check the newest email from us.");
    const [customer] = await ctx.db.select().from(customers).where(eq(customers.email, email)).limit(1);
    const { token, expiresAt } = await issueToken(ctx, { kind: "customer", customerId: customer.id });
    return { token, expires_at: expiresAt, customer: customerInfo(customer) };
  });

  app.post("/api/v3/customer/policy-login/", limit(0.5), async (request) => {
    const body = parseWith(z.object({ policy_number: z.string().trim().min(1), last_name: z.string().trim().min(1) }), request.body);
    if (!(await withinLimit(ctx, `policy-login:${body.policy_number.toUpperCase()}`, 10, CODE_WINDOW_MS))) throw tooMany();
    const [row] = await ctx.db
      .select({ policy: policies, customer: customers })
      .from(policies)
      .innerJoin(customers, eq(customers.id, policies.customerId))
      .where(eq(policies.policyNumber, body.policy_number.toUpperCase()))
      .limit(1);
    const sameName = row && row.customer.lastName.trim().toLowerCase() === body.last_name.toLowerCase();
    const match = sameName && !isStatusIn(OPEN_QUOTE, row.policy.status);
    if (!match) throw unauthenticated("We couldn't find a policy with that number and last name.");
    const { token, expiresAt } = await issueToken(ctx, { kind: "customer", customerId: row.customer.id, policyScope: row.policy.policyNumber });
    return { token, expires_at: expiresAt, customer: customerInfo(row.customer), policy_number: row.policy.policyNumber };
  });

  // Only failures count here (see login-throttle): a busy office signing in is never slowed down.
  app.post("/api/v3/login/", async (request, reply) => {
    const credentials = z.object({ username: z.string().trim().min(1).max(200), password: z.string().min(1).max(1000) });
    const body = parseWith(credentials, request.body);
    const attempt = await reserveLoginAttempt(ctx, body.username, request.ip);
    if (!attempt.allowed) {
      const minutes = Math.ceil(attempt.retryInMs / 60_000);
      reply.header("retry-after", String(Math.ceil(attempt.retryInMs / 1000)));
      throw new ApiError(429, "rate_limited", `Too many wrong passwords from your address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
    const user = await checkPassword(ctx, body.username, body.password);
    await attempt.settle(!!user);
    if (!user) throw unauthenticated("That username and password don't match.");
    const { token, expiresAt } = await issueToken(ctx, { kind: "user", userId: user.id });
    return { token, expires_at: expiresAt, user: publicUser(user) };
  });

  app.post("/api/v3/logout/", async (request, reply) => {
    const caller = request.caller;
    if (caller.kind !== "anonymous") await revokeToken(ctx, caller.tokenHash);
    return reply.status(204).send();
  });

  app.post("/api/v3/token/refresh/", async (request) => {
    const caller = request.caller;
    if (caller.kind === "anonymous") throw unauthenticated("Your session has ended. Please sign in again.");
    return { expires_at: await refreshToken(ctx, caller.tokenHash, caller.kind) };
  });
}
