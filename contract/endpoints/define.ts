import type { z } from "zod";

export type HttpMethod = "GET" | "POST";

/** Permissions a user (agent, staff) may hold; an endpoint may ask for one. */
export type Permission =
  | "view_all_policies"
  | "cancel_policy"
  | "approve_referrals"
  | "remove_recurring_payment"
  | "send_continue_links"
  | "suspend_policies";

/**
 * Who may call: `anonymous` anyone; `quote` the quote's own token (or whoever may see the policy);
 * `customer` any signed-in customer or user; `user` staff only; `{permission}` a user holding it.
 */
export type Access = "anonymous" | "quote" | "customer" | "user" | { permission: Permission };

/** Where an endpoint comes from: the contract's wording, our documented extensions, or dev/sandbox only. */
export type EndpointKind = "contract" | "extension" | "dev" | "sandbox";

/** How the web app's proxy treats the path (see lib/proxy.ts); absent means the browser can't reach it. */
export type ProxyFlags = {
  /** The methods the browser uses, when not the endpoint's own (a GET that makes something is POSTed). */
  browserMethod?: HttpMethod;
  /** The proxy's own body limit in bytes (default 1 MB). */
  bodyLimit?: number;
  /** Uploads and downloads get the longer document timeout. */
  slow?: boolean;
  /** A sign-in whose top-level `token` becomes the session's customer or user. */
  identity?: "customer" | "user";
  logout?: boolean;
  /** Only while the web app shows the development outbox (DEV_OUTBOX=1, never in production); else 404. */
  devOnly?: boolean;
};

export type EndpointDef<P extends string = string> = {
  method: HttpMethod;
  /** Fastify syntax: `:name` for a path parameter; with the trailing slash the contract documents. */
  path: P;
  summary: string;
  access: Access;
  kind: EndpointKind;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The change is guarded by `If-Match: <version_id>` (428 without it, 412 when stale). */
  ifMatch?: true;
  /** What "no body" means: only a missing one, or also `{}` (the confirm review). */
  emptyBody?: "missing" | "missing-or-empty";
  /** The JSON answer; absent for a binary, HTML or redirect answer (see `produces`). */
  response?: z.ZodType;
  /** The success status, when not 200. */
  status?: number;
  /** Content type of a non-JSON answer. */
  produces?: string;
  /** A binary answer: `document` is a named download, `file` inline when an image. */
  download?: "document" | "file";
  /** The API's request body limit in bytes, when not the server's 1 MB. */
  bodyLimit?: number;
  proxy?: ProxyFlags;
};

/** Keeps the path's literal type, so its parameters are known to the compiler. */
export const endpoint = <const P extends string, const D extends EndpointDef<P>>(def: D & { path: P }) => def;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : never;

/** `/api/v3/policy/:n/attachment/get/:ref/` → `{ n: string; ref: string }`. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string };
