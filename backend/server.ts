import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { installContentLanguage } from "./http/content-language";
import type { AppContext } from "./context";
import { installErrorHandler } from "./http/error-handler";
import { installCaller, installParsers } from "./http/request-context";
import { installNulGuard } from "./http/nul-guard";
import { productRoutes } from "./routes/products.routes";
import { journeyRoutes } from "./routes/journey.routes";
import { attachmentRoutes } from "./routes/attachments.routes";
import { confirmRoutes } from "./routes/confirm.routes";
import { paymentRoutes, sandboxGatewayRoutes } from "./routes/payment.routes";
import { policyListRoutes, policyRoutes } from "./routes/policy.routes";
import { devRoutes } from "./routes/dev.routes";
import { authRoutes } from "./routes/auth.routes";
import { actionRoutes } from "./routes/actions.routes";
import rateLimit from "@fastify/rate-limit";
import { openApiDocument } from "../contract/openapi";
import { endpoints } from "../contract/endpoints";
import { serve } from "./http/serve";
import { ApiError } from "./http/errors";
import { rateLimitStorage } from "./security/rate-limit-backend";
import { installIdempotency } from "./idempotency/plugin";
import { healthRoutes } from "./http/health";

/** A signed continue link opens a quote: its path is logged without the signature. */
export const redactSecretPath = (url: string) => url.replace(/(\/continue\/[^/.?]*\.[^/.?]*\.)[^/?]*/g, "$1[redacted]");

/** What the request log keeps of a request (Fastify's own fields, the path made safe). */
function requestForLog(request: { method: string; url: string; host?: string; ip?: string }) {
  return { method: request.method, url: redactSecretPath(request.url), host: request.host, remoteAddress: request.ip };
}

/** `logStream`: where the request log goes instead of stdout (a test reading what was logged). */
export async function buildServer(
  ctx: AppContext,
  opts: { logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      ctx.config.LOG_LEVEL === "silent"
        ? false
        : {
            level: ctx.config.LOG_LEVEL,
            serializers: { req: requestForLog },
            ...(opts.logStream ? { stream: opts.logStream } : {}),
          },
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    trustProxy: ctx.config.TRUST_PROXY,
    // A path Fastify can't even decode (e.g. %FF) still answers in the contract's {detail, code}.
    frameworkErrors: (error, _request, reply) => {
      const detail = `This address is not valid: ${error.message}.`;
      (reply as unknown as FastifyReply).status(400).send({ detail, code: "invalid_request" });
    },
  });
  if (ctx.config.NODE_ENV === "test") app.decorate("checkResponses", true);
  installParsers(app);
  installErrorHandler(app);
  installNulGuard(app);
  installCaller(app, ctx);
  installIdempotency(app, ctx);
  await app.register(rateLimit, {
    global: false,
    // The client's address: Fastify takes it from X-Forwarded-For only when the peer is in TRUST_PROXY.
    keyGenerator: (request) => request.ip,
    ...(await rateLimitStorage(app, ctx)),
    errorResponseBuilder: () =>
      new ApiError(429, "rate_limited", "Too many attempts from your address. Please wait a minute and try again."),
  });
  installContentLanguage(app);
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("x-content-type-options", "nosniff");
    return payload;
  });

  healthRoutes(app, ctx);
  serve(app, endpoints.openapi, async () => openApiDocument());
  for (const routes of [
    productRoutes,
    journeyRoutes,
    attachmentRoutes,
    confirmRoutes,
    paymentRoutes,
    policyListRoutes,
    policyRoutes,
    actionRoutes,
    authRoutes,
  ])
    routes(app, ctx);
  if (ctx.config.NODE_ENV !== "production") {
    devRoutes(app, ctx);
    sandboxGatewayRoutes(app, ctx);
  }
  return app;
}
