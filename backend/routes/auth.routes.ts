import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import { negotiate } from "../../contract/locales";
import type { AppContext } from "../context";
import { afterReply } from "../http/after-reply";
import { serve } from "../http/serve";
import { policyLogin, requestSignInCode, verifySignInCode } from "../domain/customer-sign-in";
import { refreshSession, signOut, staffLogin } from "../domain/staff-sign-in";

export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const limit = (share: number) => ({
    config: { rateLimit: { max: Math.max(1, Math.round(ctx.config.AUTH_RATE_LIMIT * share)), timeWindow: "1 minute" } },
  });
  serve(
    app,
    endpoints.otpRequest,
    async (request, reply) => {
      const send = await requestSignInCode(ctx, request.body, negotiate(request.headers["accept-language"]));
      afterReply(reply, "Sending a sign-in code", send);
      const detail = "If that email belongs to a customer, a 6-digit code is on its way. It expires in 10 minutes.";
      return reply.status(202).send({ detail });
    },
    limit(0.5),
  );
  serve(app, endpoints.otpVerify, async (request) => verifySignInCode(ctx, request.body), limit(1));
  serve(app, endpoints.policyLogin, async (request) => policyLogin(ctx, request.body), limit(0.5));
  // Only failures count here (see login-throttle): a busy office signing in is never slowed down.
  serve(app, endpoints.login, async (request) => staffLogin(ctx, request.body, request.ip));
  serve(app, endpoints.logout, async (request, reply) => {
    await signOut(ctx, request.caller);
    return reply.status(204).send();
  });
  serve(app, endpoints.tokenRefresh, async (request) => refreshSession(ctx, request.caller));
}
