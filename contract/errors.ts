import { z } from "zod";

export const errorBodySchema = z.object({ detail: z.string(), code: z.string() });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Machine codes used in `code`; a backend may send others. */
export const ERROR_CODES = {
  unauthenticated: "not_authenticated",
  forbidden: "permission_denied",
  notFound: "not_found",
  conflict: "conflict",
  preconditionFailed: "precondition_failed",
  preconditionRequired: "precondition_required",
  tooLarge: "too_large",
  unsupportedType: "unsupported_media_type",
  invalid: "invalid_request",
  rateLimited: "rate_limited",
  badGateway: "bad_gateway",
  gatewayTimeout: "gateway_timeout",
  server: "server_error",
} as const;
