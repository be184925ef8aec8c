import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { policyLogin, requestSignInCode, verifySignInCode } from "../domain/customer-sign-in";
import { refreshSession, signOut, staffLogin } from "../domain/staff-sign-in";

export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const limit = (share: number) => ({ config: { rateLimit: { max: Math.max(1, Math.round(ctx.config.AUTH_RATE_LIMIT * share)), timeWindow: "1 minute" } } });
  app.post("/api/v3/customer/otp/request/", limit(0.5), async (request, reply) => {
    await requestSignInCode(ctx, request.body);
    const detail = "If that email belongs to a customer, a 6-digit code is on its way. It expires in 10 minutes.";
    return reply.status(202).send({ detail });
  });

  app.post("/api/v3/customer/otp/verify/", limit(1), async (request) => verifySignInCode(ctx, request.body));

  app.post("/api/v3/customer/policy-login/", limit(0.5), async (request) => policyLogin(ctx, request.body));

  app.post("/api/v3/login/", async (request) => staffLogin(ctx, request.body, request.ip));

  app.post("/api/v3/logout/", async (request, reply) => {
    await signOut(ctx, request.caller);
    return reply.status(204).send();
  });

  app.post("/api/v3/token/refresh/", async (request) => refreshSession(ctx, request.caller));
}
