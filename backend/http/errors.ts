import { ERROR_CODES } from "../../contract/errors";

/** A failure the caller can act on: becomes `{detail, code}` with its status. */
export class ApiError extends Error {
  /** More keys for the error body, e.g. the fresh policy with a 412. */
  extra?: Record<string, unknown>;
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export const notFound = (detail = "Not found.") => new ApiError(404, ERROR_CODES.notFound, detail);
export const unauthenticated = (detail = "Sign in to see this.") => new ApiError(401, ERROR_CODES.unauthenticated, detail);
export const forbidden = (detail: string) => new ApiError(403, ERROR_CODES.forbidden, detail);
export const conflict = (detail: string) => new ApiError(409, ERROR_CODES.conflict, detail);
export const invalid = (detail: string) => new ApiError(422, ERROR_CODES.invalid, detail);
export const tooLarge = (detail: string) => new ApiError(413, ERROR_CODES.tooLarge, detail);
export const unsupportedType = (detail: string) => new ApiError(415, ERROR_CODES.unsupportedType, detail);
export const policyNotFound = (n: string) => notFound(`There is no policy ${n} that you can see.`);
