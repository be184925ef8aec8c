import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { databaseStore } from "./rate-limit-store";

/**
 * Where @fastify/rate-limit counts: Redis when REDIS_URL is set, otherwise PostgreSQL. Both are shared by
 * every API instance; never the plugin's per-process memory.
 */
export async function rateLimitStorage(app: FastifyInstance, ctx: AppContext) {
  if (!ctx.config.REDIS_URL) return { store: databaseStore(ctx) };
  const { Redis } = await import("ioredis");
  const redis = new Redis(ctx.config.REDIS_URL, { connectTimeout: 2000, maxRetriesPerRequest: 1 });
  redis.on("error", (e: Error) => app.log.error(`Redis (rate limits): ${e.message}`));
  app.addHook("onClose", async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  return { redis, nameSpace: "qp-rate-limit:" };
}
