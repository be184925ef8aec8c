import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../context";
import { parseWith } from "../http/parse";
import { confirmQuote, reviewQuote } from "../domain/confirm";

const confirmBodySchema = z.object({
  form: z.object({ fields: z.array(z.object({ name: z.string(), value: z.unknown().optional() }).passthrough()) }).passthrough(),
});

export function confirmRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post<{ Params: { n: string } }>("/api/v3/policy/:n/confirm/", async (request) => {
    const body = request.body as Record<string, unknown> | null;
    if (body === null || body === undefined || Object.keys(body).length === 0) return reviewQuote(ctx, request.caller, request.params.n);
    const { form } = parseWith(confirmBodySchema, body);
    return confirmQuote(ctx, request.caller, request.params.n, form);
  });
}
