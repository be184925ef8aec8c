import { ERROR_CODES } from "../../contract/errors";
import type { Params } from "../../contract/format/message";
import type { Locale } from "../../contract/locales";
import { say } from "../messages";
import type { Catalogue } from "../messages/en";

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

export type ErrorKey = keyof Catalogue["errors"];

/**
 * A sentence of the `errors` catalogue (backend/messages), worded in the caller's language by http/error-handler.ts.
 * `product`: the product it is about (its slug), whose languages it may be worded in; without one it stays English.
 * Params that depend on the language (a product's texts, a list) are a function of it.
 */
export type Said = { key: ErrorKey; params?: Params | ((locale: Locale) => Params); product?: string };
export const said = (key: ErrorKey, params?: Said["params"], product?: string): Said => ({ key, params, product });

/** A said error's sentence in a language. */
export const wordedIn = (locale: Locale, s: Said) =>
  say(locale, "errors", s.key, typeof s.params === "function" ? s.params(locale) : s.params);

type Detail = string | Said;

/** A failure the caller can act on: `detail` is the sentence they read (English), `code` the machine word. */
export class DomainError extends Error {
  readonly detail: string;
  /** Set when the sentence can be worded in another language. */
  readonly said?: Said;
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    detail: Detail,
    /** More keys for the error body, e.g. the fresh policy with a stale version. */
    readonly extra?: Record<string, unknown>,
    /** When trying again makes sense: becomes Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    const english = typeof detail === "string" ? detail : wordedIn("en", detail);
    super(english);
    this.detail = english;
    if (typeof detail !== "string") this.said = detail;
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

export const notFound = (detail: Detail = "Not found.") => new DomainError("not_found", ERROR_CODES.notFound, detail);
export const unauthenticated = (detail: Detail = "Sign in to see this.", code: string = ERROR_CODES.unauthenticated) =>
  new DomainError("unauthenticated", code, detail);
export const forbidden = (detail: Detail, code: string = ERROR_CODES.forbidden) =>
  new DomainError("not_allowed", code, detail);
export const conflict = (detail: Detail) => new DomainError("conflict", ERROR_CODES.conflict, detail);
export const invalid = (detail: Detail, code: string = ERROR_CODES.invalid) => new DomainError("invalid", code, detail);
export const badRequest = (code: string, detail: string) => new DomainError("bad_request", code, detail);
export const tooLarge = (detail: Detail) => new DomainError("too_large", ERROR_CODES.tooLarge, detail);
export const unsupportedType = (detail: Detail) =>
  new DomainError("unsupported_type", ERROR_CODES.unsupportedType, detail);
export const tooMany = (detail: Detail, code: string = ERROR_CODES.rateLimited, retryAfterSeconds?: number) =>
  new DomainError("too_many", code, detail, undefined, retryAfterSeconds);
export const policyNotFound = (n: string, product?: string) =>
  notFound(said("policyNotFound", { policyNumber: n }, product));
