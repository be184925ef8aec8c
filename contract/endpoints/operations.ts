import { z } from "zod";
import { healthResponseSchema, outboxQuerySchema, outboxResponseSchema } from "../dev";
import { endpoint } from "./define";

/** Health checks and this document (never through the web app), and the development outbox (only under DEV_OUTBOX). */
export const operationEndpoints = {
  health: endpoint({
    method: "GET",
    path: "/api/v3/health/",
    summary: "The process answers",
    access: "anonymous",
    kind: "extension",
    response: healthResponseSchema,
  }),
  ready: endpoint({
    method: "GET",
    path: "/api/v3/health/ready/",
    summary: "The database answers and the instance is not shutting down (else 503)",
    access: "anonymous",
    kind: "extension",
    response: healthResponseSchema,
  }),
  openapi: endpoint({
    method: "GET",
    path: "/api/v3/openapi.json",
    summary: "This OpenAPI document",
    access: "anonymous",
    kind: "extension",
    response: z.record(z.string(), z.unknown()),
  }),
  outbox: endpoint({
    method: "GET",
    path: "/api/v3/dev/outbox/",
    summary: "The emails sent lately (development only)",
    access: "anonymous",
    kind: "dev",
    query: outboxQuerySchema,
    response: outboxResponseSchema,
    proxy: { devOnly: true },
  }),
};
