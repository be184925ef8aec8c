import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import { negotiate } from "../../contract/locales";
import type { AppContext } from "../context";
import { serve } from "../http/serve";
import { confirmQuote, reviewQuote } from "../domain/confirm";

export function confirmRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.confirm, async (request) => {
    const language = negotiate(request.headers["accept-language"]);
    if (request.body === null) return reviewQuote(ctx, request.caller, request.params.n, language);
    return confirmQuote(ctx, request.caller, request.params.n, request.body.form, language);
  });
}
