/** A transport-level failure (idempotency keys, rate limits, an absent database): `{detail, code}` with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export { forbidden, invalid, notFound, unauthenticated } from "../domain/errors";
