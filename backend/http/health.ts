import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { databaseUnavailable } from "./database-unavailable";
import { serve } from "./serve";

/** Set on shutdown: the load balancer's check fails first, so it stops sending before the port closes. */
export const lifecycle = { draining: false };

/**
 * `/health/` says the process answers; `/health/ready/` is the load balancer's check: the database answers and the
 * instance is not shutting down.
 */
export function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.health, async () => ({ ok: true }));
  serve(app, endpoints.ready, async (_request, reply) => {
    if (lifecycle.draining) {
      return reply
        .status(503)
        .send({ detail: "This instance is shutting down; another one will answer.", code: "draining" });
    }
    try {
      await ctx.stores.health.ping();
    } catch {
      const e = databaseUnavailable();
      return reply.status(503).send({ detail: e.detail, code: e.code });
    }
    return { ok: true };
  });
}
