import Fastify, { type FastifyInstance } from "fastify";
import type { AppContext } from "./context";
import { installErrorHandler } from "./http/error-handler";
import { installCaller, installParsers } from "./http/request-context";
import { productRoutes } from "./routes/products.routes";
import { journeyRoutes } from "./routes/journey.routes";
import { attachmentRoutes } from "./routes/attachments.routes";
import { confirmRoutes } from "./routes/confirm.routes";
import { paymentRoutes } from "./routes/payment.routes";
import { policyListRoutes, policyRoutes } from "./routes/policy.routes";
import { devRoutes } from "./routes/dev.routes";
import { authRoutes } from "./routes/auth.routes";
import { actionRoutes } from "./routes/actions.routes";
import rateLimit from "@fastify/rate-limit";
import { openApiDocument } from "../contract/openapi";
import { ApiError } from "./http/errors";
import { installIdempotency } from "./idempotency/plugin";
import { healthRoutes } from "./http/health";

export async function buildServer(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: ctx.config.LOG_LEVEL === "silent" ? false : { level: ctx.config.LOG_LEVEL },
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    trustProxy: ctx.config.TRUST_PROXY,
  });
  installParsers(app);
  installErrorHandler(app);
  installCaller(app, ctx);
  installIdempotency(app, ctx);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new ApiError(429, "rate_limited", "Too many attempts from your address. Please wait a minute and try again."),
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("x-content-type-options", "nosniff");
    return payload;
  });

  healthRoutes(app, ctx);
  app.get("/api/v3/openapi.json", async () => openApiDocument());
  for (const routes of [productRoutes, journeyRoutes, attachmentRoutes, confirmRoutes, paymentRoutes, policyListRoutes, policyRoutes, actionRoutes, authRoutes]) routes(app, ctx);
  if (ctx.config.NODE_ENV !== "production") devRoutes(app, ctx);
  return app;
}
