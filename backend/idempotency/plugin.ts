import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../context";
import { ApiError } from "../http/errors";
import type { Caller } from "../security/caller";
import { recordId, seal, unseal, type StoredResponse } from "./seal";

declare module "fastify" {
  interface FastifyRequest {
    idempotency: { id: string; scope: string; key: string } | null;
  }
}

/**
 * Sign-in answers are not kept (they carry fresh tokens and have their own limits), nor those of POSTs that only read
 * (a live price, a refund quote, a policy search: frequent, and a search's answer is large). GET payment token starts
 * a payment.
 */
const SIGN_IN = /^\/api\/v3\/(login|logout|token\/refresh|customer\/otp|customer\/policy-login|dev)\//;
const READ_ONLY = /\/price\/$|\/cancel\/quote\/$|\/endorse\/quote\/$|^\/api\/v3\/policy\/all\/$/;
const covered = (method: string, route: string | undefined) => {
  if (!route) return false;
  if (method === "GET") return route === "/api/v3/payment/token/";
  return method === "POST" && !SIGN_IN.test(route) && !READ_ONLY.test(route);
};
const REPLAYED_HEADERS = ["content-type", "etag", "location", "content-disposition", "cache-control"];

/** A retry is the same caller: its account, its quote, and (when it has neither) its address. */
function scopeOf(caller: Caller, ip: string): string {
  const who =
    caller.kind === "user"
      ? `user:${caller.userId}`
      : caller.kind === "customer"
        ? `customer:${caller.customerId}`
        : `anonymous:${ip}`;
  return `${who}|quote:${caller.quoteToken ?? ""}`;
}

function fingerprint(request: FastifyRequest): string {
  const ifMatch = request.headers["if-match"] ?? "";
  return createHash("sha256")
    .update(`${request.method} ${request.url}\n${ifMatch}\n${JSON.stringify(request.body ?? null)}`)
    .digest("hex");
}

function replay(reply: FastifyReply, stored: StoredResponse) {
  reply.status(stored.status).headers(stored.headers).header("idempotent-replayed", "true");
  return reply.send(Buffer.from(stored.base64, "base64"));
}

/**
 * Idempotency-Key on every state-changing request: the first answer is kept for 24 hours (in the database, so any
 * instance replays it), the same key with another request is 422, and a key whose first request still runs is 409.
 * Requests without the header behave as before.
 */
export function installIdempotency(app: FastifyInstance, ctx: AppContext) {
  const secret = ctx.config.linkSecret;
  app.decorateRequest("idempotency", null);

  app.addHook("preHandler", async (request, reply) => {
    const key = request.headers["idempotency-key"];
    if (key === undefined || !covered(request.method, request.routeOptions.url)) return;
    if (typeof key !== "string" || !/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new ApiError(
        422,
        "invalid_idempotency_key",
        "Idempotency-Key must be 1 to 255 visible ASCII characters, one per action.",
      );
    }
    const scope = scopeOf(request.caller, request.ip);
    const id = recordId(secret, scope, key);
    const claim = await ctx.stores.idempotency.claim(id, fingerprint(request), ctx.now());
    if (claim.kind === "owner") {
      request.idempotency = { id, scope, key };
      return;
    }
    if (claim.kind === "mismatch") {
      throw new ApiError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was already used for a different request; send a new key for a new action.",
      );
    }
    if (claim.kind === "in_flight") {
      reply.header("retry-after", "1");
      throw new ApiError(
        409,
        "idempotency_in_flight",
        "The first request with this Idempotency-Key is still being processed; " +
          "try again in a moment to get its answer.",
      );
    }
    return replay(reply, unseal(secret, scope, key, claim.response));
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const held = request.idempotency;
    if (!held) return payload;
    request.idempotency = null;
    const status = reply.statusCode;
    const body = typeof payload === "string" ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : null;
    // Worth a fresh try: our failure, a rate limit, or an answer we cannot keep (a stream).
    if (status >= 500 || status === 429 || body === null) {
      await ctx.stores.idempotency
        .release(held.id)
        .catch((e) => request.log.error({ err: e }, "idempotency release failed"));
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    // The work is done: if its answer can't be kept, the caller still gets it (a retry waits out the lease).
    await ctx.stores.idempotency
      .complete(held.id, seal(secret, held.scope, held.key, { status, headers, base64: body.toString("base64") }))
      .catch((e) => request.log.error({ err: e }, "idempotency answer not stored"));
    return payload;
  });
}
