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
