import type { FastifyInstance } from "fastify";
import { notFound, invalid } from "./errors";

/** PostgreSQL text can't hold NUL, so a NUL anywhere would fail deep in a query: refuse it at the door. */
const hasNul = (value: unknown): boolean => {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") {
    return Object.entries(value).some(([k, v]) => k.includes("\u0000") || hasNul(v));
  }
  return false;
};

export function installNulGuard(app: FastifyInstance) {
  app.addHook("preHandler", async (request) => {
    // A path part with NUL names nothing that exists.
    if (hasNul(request.params)) throw notFound("There is nothing at this address.");
    if (hasNul(request.query)) throw invalid("The query string can't contain NUL characters.");
    if (hasNul(request.body)) throw invalid("The request body can't contain NUL characters (\\u0000).");
  });
}
