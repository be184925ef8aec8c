import type { ErrorBody } from "@/contract";

/** A non-2xx answer (or none, or an unreadable one) from the Policy API, in the contract's error terms. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly code: string,
  ) {
    super(detail);
    this.name = "ApiError";
  }

  get body(): ErrorBody {
    return { detail: this.detail, code: this.code };
  }
}

/**
 * The web app's own sentences for an answer it could not read, or an error that said nothing (lib/load.ts words
 * them in the page's language).
 */
export const UNREADABLE_ANSWER = "The policy service sent an answer we could not read.";
export const httpError = (status: number) => `The policy service answered with an error (HTTP ${status}).`;
