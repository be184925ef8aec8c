import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../context";
import { resolveCaller, type Caller } from "../security/caller";

declare module "fastify" {
  interface FastifyRequest {
    caller: Caller;
  }
}

/** Resolves the caller once per request, before any handler runs. */
export function installCaller(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest("caller", null as never);
  app.addHook("preHandler", async (request: FastifyRequest) => {
    request.caller = await resolveCaller(ctx, request);
  });
}

/** Body parsers: JSON (an empty body is allowed and means "no data"), and form posts from the payment page. */
export function installParsers(app: FastifyInstance) {
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body: string, done) => {
    if (body.trim() === "") return done(null, null);
    try {
      done(null, JSON.parse(body));
    } catch (e) {
      const err = Object.assign(new Error((e as Error).message), {
        code: "FST_ERR_CTP_INVALID_JSON_BODY",
        statusCode: 422,
      });
      done(err, undefined);
    }
  });
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body: string, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body)));
  });
}
