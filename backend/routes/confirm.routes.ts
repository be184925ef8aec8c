import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { serve } from "../http/serve";
import { confirmQuote, reviewQuote } from "../domain/confirm";

export function confirmRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.confirm, async (request) => {
    if (request.body === null) return reviewQuote(ctx, request.caller, request.params.n);
    return confirmQuote(ctx, request.caller, request.params.n, request.body.form);
  });
}
