import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { databaseStore, memoryStore } from "./rate-limit-store";

/**
 * Where @fastify/rate-limit counts: Redis when REDIS_URL is set, otherwise PostgreSQL, both shared by every API
 * instance; on the embedded database, which only this process can open, in this process's memory.
 */
export async function rateLimitStorage(app: FastifyInstance, ctx: AppContext) {
  if (!ctx.config.REDIS_URL) {
    if (ctx.dbKind === "pglite") return { store: memoryStore(ctx) };
    const shared = databaseStore(ctx, { onError: (e) => app.log.error(`Rate limits (unsent counts): ${e.message}`) });
    app.addHook("onClose", () => shared.close());
    return { store: shared.Store };
  }
  const { Redis } = await import("ioredis");
  const redis = new Redis(ctx.config.REDIS_URL, { connectTimeout: 2000, maxRetriesPerRequest: 1 });
  redis.on("error", (e: Error) => app.log.error(`Redis (rate limits): ${e.message}`));
  app.addHook("onClose", async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  return { redis, nameSpace: "qp-rate-limit:" };
}
