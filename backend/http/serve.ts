import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { EndpointDef, PathParams } from "../../contract/endpoints";
import { parseWith } from "./parse";

type Input<S, Raw> = S extends z.ZodType ? z.output<S> : Raw;
type BodyOf<E extends EndpointDef> = E["emptyBody"] extends string
  ? Input<E["body"], unknown> | null
  : Input<E["body"], unknown>;

/** Fastify's request types for a table entry: a path typo is a compile error. */
export type RouteTypes<E extends EndpointDef> = {
  Params: PathParams<E["path"]>;
  Querystring: Input<E["query"], Record<string, unknown>>;
  Body: BodyOf<E>;
};
export type EndpointRequest<E extends EndpointDef> = FastifyRequest<RouteTypes<E>>;
type Handler<E extends EndpointDef> = (request: EndpointRequest<E>, reply: FastifyReply) => Promise<unknown>;

export type ServeOptions = {
  config?: FastifyContextConfig;
  /** false: the handler (or the domain) parses, after its own checks, so e.g. a 404 still comes first. */
  validate?: boolean;
};

const isEmpty = (body: unknown, empty: EndpointDef["emptyBody"]) =>
  body === null || body === undefined || (empty === "missing-or-empty" && Object.keys(body as object).length === 0);

declare module "fastify" {
  interface FastifyInstance {
    /** Tests turn it on: every 2xx JSON answer is checked against its entry's response schema. */
    checkResponses?: boolean;
  }
}

/** A 2xx answer outside the entry's response schema is a bug in the handler or the table. */
function responseCheck(e: EndpointDef) {
  const schema = e.response;
  if (!schema) return {};
  return {
    preSerialization: async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const result = reply.statusCode < 300 ? schema.safeParse(payload) : null;
      if (result && !result.success) {
        throw new Error(`${e.method} ${e.path} answered outside its response schema: ${result.error.message}`);
      }
      return payload;
    },
  };
}

/** Registers a handler for a table entry; the query and body are parsed with the entry's schemas (422 sentences). */
export function serve<E extends EndpointDef>(
  app: FastifyInstance,
  e: E,
  handler: Handler<E>,
  options: ServeOptions = {},
) {
  app.route<RouteTypes<E>>({
    method: e.method,
    url: e.path,
    ...(e.bodyLimit ? { bodyLimit: e.bodyLimit } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(app.checkResponses ? responseCheck(e) : {}),
    handler: async (request, reply) => {
      if (options.validate !== false) {
        const parsed = request as { query: unknown; body: unknown };
        if (e.query) parsed.query = parseWith(e.query, request.query, "query");
        if (e.body && e.emptyBody && isEmpty(request.body, e.emptyBody)) parsed.body = null;
        else if (e.body) parsed.body = parseWith(e.body, request.body);
      }
      return handler(request, reply);
    },
  });
}
