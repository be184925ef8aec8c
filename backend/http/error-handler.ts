import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ERROR_CODES } from "../../contract/errors";
import { negotiate } from "../../contract/locales";
import { ApiError } from "./errors";
import { DomainError, wordedIn, type DomainErrorKind } from "../domain/errors";
import { offeredLanguage } from "../products/translations";
import { productSlugOf } from "./content-language";
import { databaseUnavailable, isDatabaseUnavailable } from "./database-unavailable";

const STATUS_OF: Record<DomainErrorKind, number> = {
  bad_request: 400,
  unauthenticated: 401,
  not_allowed: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 412,
  too_large: 413,
  unsupported_type: 415,
  invalid: 422,
  version_required: 428,
  too_many: 429,
};

/**
 * Our extension: a domain error's sentence in the Accept-Language's language when the product it is about (or the
 * product in the address) is offered in it, else English; `Content-Language` says which.
 */
function detailFor(error: DomainError, request: FastifyRequest, reply: FastifyReply): string {
  if (!error.said) return error.detail;
  const product = error.said.product ?? productSlugOf(request.url);
  const language = product ? offeredLanguage(product, negotiate(request.headers["accept-language"])) : "en";
  reply.header("content-language", language);
  return language === "en" ? error.detail : wordedIn(language, error.said);
}

/** The one place errors become the contract's `{detail, code}`; 5xx details stay in the log. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | ApiError | DomainError, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, "database unavailable");
      const unavailable = databaseUnavailable();
      return reply.status(503).header("retry-after", "5").send({ detail: unavailable.detail, code: unavailable.code });
    }
    if (error instanceof DomainError) {
      if (error.retryAfterSeconds !== undefined) reply.header("retry-after", String(error.retryAfterSeconds));
      const detail = detailFor(error, request, reply);
      return reply.status(STATUS_OF[error.kind]).send({ detail, code: error.code, ...error.extra });
    }
    if (error instanceof ApiError) return reply.status(error.status).send({ detail: error.detail, code: error.code });
    const fe = error as FastifyError;
    switch (fe.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return reply
          .status(422)
          .send({ detail: `The request body is not valid JSON: ${fe.message}`, code: "invalid_json" });
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return reply.status(413).send({ detail: "The request body is too large.", code: ERROR_CODES.tooLarge });
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return reply.status(415).send({
          detail: `Send JSON (Content-Type: application/json), not ${request.headers["content-type"]}.`,
          code: ERROR_CODES.unsupportedType,
        });
      case "FST_ERR_RATE_LIMITED":
        return reply
          .status(429)
          .send({ detail: "Too many requests; please wait a moment and try again.", code: ERROR_CODES.rateLimited });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send({ detail: fe.message, code: fe.code ?? ERROR_CODES.invalid });
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send({
      detail: "Something went wrong on our side. Nothing you sent was lost; please try again.",
      code: ERROR_CODES.server,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      detail: `There is no ${request.method} ${request.url.split("?")[0]} in this API.`,
      code: ERROR_CODES.notFound,
    }),
  );
}
