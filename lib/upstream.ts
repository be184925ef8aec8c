import "server-only";
import type { ErrorBody } from "@/contract";
import { ApiError } from "@/lib/api-error";
import { getEnv } from "@/lib/env";

/** The only browser request headers the Policy API ever sees. */
// Not x-forwarded-for: a browser can set it. The client's address goes up as `clientAddress`, the web server's word.
export const REQUEST_HEADERS = [
  "content-type",
  "accept",
  "if-match",
  "if-none-match",
  "accept-language",
  "idempotency-key",
] as const;
/** The only Policy API response headers the browser ever sees. */
export const RESPONSE_HEADERS = [
  "content-type",
  "content-disposition",
  "content-length",
  "etag",
  "cache-control",
  "location",
  "retry-after",
] as const;
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

export const BAD_GATEWAY: ErrorBody = {
  detail: "We can't reach the policy service right now. Your answers are safe; please try again in a moment.",
  code: "bad_gateway",
};
export const GATEWAY_TIMEOUT: ErrorBody = {
  detail: "The policy service is taking too long to answer. Your answers are safe; please try again in a moment.",
  code: "gateway_timeout",
};

export type UpstreamAuth = { bearer?: string; quoteToken?: string };
export type UpstreamInit = {
  method?: string;
  headers?: HeadersInit;
  body?: BodyInit | null;
  query?: URLSearchParams | Record<string, string | null | undefined>;
  auth?: UpstreamAuth;
  /** The browser's address (lib/client-address.ts), for the API's per-person limits. */
  clientAddress?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
};

/** Copies the allowlisted headers, minus hop-by-hop ones and any the `Connection` header names. */
export function pickHeaders(source: Headers, allow: readonly string[]): Headers {
  const connection = source.get("connection");
  const named = connection ? connection.split(",").map((s) => s.trim().toLowerCase()) : [];
  const out = new Headers();
  for (const name of allow) {
    const value = source.get(name);
    if (value !== null && !HOP_BY_HOP.has(name) && !named.includes(name)) out.set(name, value);
  }
  return out;
}

/** Response headers for the browser; a length is only kept when it still describes the bytes we pass on. */
export function responseHeaders(res: Response): Headers {
  const out = pickHeaders(res.headers, RESPONSE_HEADERS);
  if (res.headers.has("content-encoding")) out.delete("content-length");
  return out;
}

/** The contract's error body as a response. */
export function errorResponse(status: number, body: ErrorBody, headers?: HeadersInit): Response {
  const out = new Headers(headers);
  out.set("cache-control", "no-store");
  return Response.json(body, { status, headers: out });
}

/** Maps a fetch or body-read failure to a 502/504; a caller's own abort is rethrown as is. */
export function toApiError(err: unknown, signal?: AbortSignal): ApiError {
  if (err instanceof ApiError) return err;
  const name = err instanceof Error || err instanceof DOMException ? err.name : "";
  if (name === "TimeoutError") return new ApiError(504, GATEWAY_TIMEOUT.detail, GATEWAY_TIMEOUT.code);
  if (signal?.aborted) throw err;
  return new ApiError(502, BAD_GATEWAY.detail, BAD_GATEWAY.code);
}

export function upstreamUrl(path: string, query?: UpstreamInit["query"]): URL {
  if (!path.startsWith("/")) throw new Error(`upstream path must start with "/": ${path}`);
  const url = new URL(getEnv().POLICY_API_URL + path);
  const entries = query instanceof URLSearchParams ? [...query] : Object.entries(query ?? {});
  for (const [key, value] of entries) if (value != null) url.searchParams.append(key, value);
  return url;
}

/** Each answer's deadline timer, until the answer has been read (`settle`). */
const deadlines = new WeakMap<Response, () => void>();

/**
 * The one door to the Policy API. Never follows redirects; failures become `ApiError`s. The deadline covers the
 * answer's body too: whoever reads that body in full calls `settle` with the answer, or passes it on as `streamed`.
 */
export async function upstream(path: string, init: UpstreamInit = {}): Promise<Response> {
  const given = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
  const headers = pickHeaders(given, REQUEST_HEADERS);
  // Ask for identity so streamed bytes and Content-Length reach the browser unchanged.
  headers.set("accept-encoding", "identity");
  if (init.auth?.bearer) headers.set("authorization", `Bearer ${init.auth.bearer}`);
  if (init.auth?.quoteToken) headers.set("x-quote-token", init.auth.quoteToken);
  if (init.clientAddress) headers.set("x-forwarded-for", init.clientAddress);
  const { signal, clear } = deadline(init.timeoutMs ?? getEnv().UPSTREAM_TIMEOUT_MS, init.signal);
  const request: RequestInit & { duplex?: "half" } = {
    method: init.method ?? "GET",
    headers,
    body: init.body ?? null,
    redirect: "manual",
    cache: "no-store",
    signal,
  };
  if (init.body instanceof ReadableStream) request.duplex = "half";
  const url = upstreamUrl(path, init.query);
  const answered = (res: Response) => {
    if (res.body) deadlines.set(res, clear);
    else clear();
    return res;
  };
  try {
    return answered(await fetch(url, request));
  } catch (err) {
    if (!mayRetry(request, headers, err, signal)) {
      clear();
      throw toApiError(err, init.signal);
    }
  }
  // A kept-alive connection the API's side had already closed fails before any answer: once more, on a new one.
  try {
    return answered(await fetch(url, request));
  } catch (err) {
    clear();
    throw toApiError(err, init.signal);
  }
}

/**
 * Ends the deadline of an answer whose body has been read in full or given up. Its timer would otherwise stay until
 * it fired, and a timer keeps the async context it was made in: in the web app, the whole request and response.
 */
export function settle(res: Response): void {
  deadlines.get(res)?.();
  deadlines.delete(res);
}

/** Reads an answer's body in full with `how`, ending its deadline however the read ends. */
export async function readWhole<T>(res: Response, how: (res: Response) => Promise<T>): Promise<T> {
  try {
    return await how(res);
  } finally {
    settle(res);
  }
}

/** Lets an answer go unread: its deadline ends and its connection goes back to the pool. */
export async function discardBody(res: Response): Promise<void> {
  settle(res);
  await res.body?.cancel();
}

/**
 * The answer's body as it streams on (a document to the browser), its deadline ending with the stream: at its end,
 * or when its reader gives it up.
 */
export function streamed(res: Response): ReadableStream<Uint8Array> | null {
  if (!res.body) {
    settle(res);
    return null;
  }
  const end = () => settle(res);
  // Node calls a transformer's cancel when the reader gives up; TypeScript's DOM types don't list it yet.
  const transformer: Transformer<Uint8Array, Uint8Array> & { cancel: () => void } = { flush: end, cancel: end };
  return res.body.pipeThrough(new TransformStream(transformer));
}

/**
 * Aborts after `ms` with a TimeoutError, or as soon as the caller's own signal does (with its reason). One controller
 * and a timer: AbortSignal.timeout with AbortSignal.any costs several times as much on every proxied request.
 */
function deadline(ms: number, caller?: AbortSignal): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = abortAfter(controller, ms);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener("abort", () => controller.abort(caller.reason), { once: true });
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** The timer, in a scope of its own: it holds the controller alone, not the caller's signal. */
function abortAfter(controller: AbortController, ms: number): NodeJS.Timeout {
  const timeout = () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
  return setTimeout(timeout, ms).unref();
}

/**
 * A request may be sent again when it failed on the connection (not a timeout or our own abort) and sending it twice
 * changes nothing: a read, or a write that carries an Idempotency-Key and a body that can be sent again.
 */
function mayRetry(request: RequestInit, headers: Headers, err: unknown, signal: AbortSignal): boolean {
  if (signal.aborted || !(err instanceof TypeError)) return false;
  const method = (request.method ?? "GET").toUpperCase();
  if (method === "GET" || method === "HEAD") return true;
  return headers.has("idempotency-key") && !(request.body instanceof ReadableStream);
}
