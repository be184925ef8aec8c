import { ERROR_CODES } from "../../contract/errors";

/** What went wrong, in the domain's words; http/error-handler.ts turns each kind into a status. */
export type DomainErrorKind =
  | "unauthenticated"
  | "not_allowed"
  | "not_found"
  | "conflict"
  | "stale_version"
  | "version_required"
  | "invalid"
  | "bad_request"
  | "too_large"
  | "unsupported_type"
  | "too_many";

/** A failure the caller can act on: `detail` is the sentence they read, `code` the machine word. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly detail: string,
    /** More keys for the error body, e.g. the fresh policy with a stale version. */
    readonly extra?: Record<string, unknown>,
    /** When trying again makes sense: becomes Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
  }
}

/** Thrown by a store when the row changed since it was read (optimistic concurrency). */
export class StaleVersionError extends DomainError {
  constructor(readonly policyNumber: string) {
    super(
      "conflict",
      ERROR_CODES.conflict,
      `Policy ${policyNumber} was changed by someone else. ` +
        "Nothing you sent was saved; reload to see the latest and try again.",
    );
  }
}

export const notFound = (detail = "Not found.") => new DomainError("not_found", ERROR_CODES.notFound, detail);
export const unauthenticated = (detail = "Sign in to see this.", code: string = ERROR_CODES.unauthenticated) =>
  new DomainError("unauthenticated", code, detail);
export const forbidden = (detail: string, code: string = ERROR_CODES.forbidden) =>
  new DomainError("not_allowed", code, detail);
export const conflict = (detail: string) => new DomainError("conflict", ERROR_CODES.conflict, detail);
export const invalid = (detail: string, code: string = ERROR_CODES.invalid) => new DomainError("invalid", code, detail);
export const badRequest = (code: string, detail: string) => new DomainError("bad_request", code, detail);
export const tooLarge = (detail: string) => new DomainError("too_large", ERROR_CODES.tooLarge, detail);
export const unsupportedType = (detail: string) =>
  new DomainError("unsupported_type", ERROR_CODES.unsupportedType, detail);
export const tooMany = (detail: string, code: string = ERROR_CODES.rateLimited, retryAfterSeconds?: number) =>
  new DomainError("too_many", code, detail, undefined, retryAfterSeconds);
export const policyNotFound = (n: string) => notFound(`There is no policy ${n} that you can see.`);
