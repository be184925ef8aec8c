import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";

/** What a browser call to the app's own /api routes comes back as: never a throw. */
export type ApiResult<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; detail: string; body: unknown };

/**
 * What reads a 2xx body: a zod schema, or a lighter reader of the same shape where a page keeps zod out of its
 * JavaScript (`anyBody`, or a schema imported on demand).
 */
export type BodyReader<T> = { safeParse(data: unknown): { success: true; data: T } | { success: false } };

/**
 * A reader imported on demand, e.g. `() => import("@/lib/account/schemas").then((m) => m.renewResponseSchema)`: zod
 * stays out of the page's first load, and the import runs alongside the request, so it adds no round trip.
 */
export type LazyReader<T> = () => Promise<BodyReader<T>>;

/** Any body at all: for calls whose answer only matters by its status. */
export const anyBody: BodyReader<unknown> = { safeParse: (data) => ({ success: true, data }) };

/** The contract's error body's `detail` (errorBodySchema's sentence), read without zod. */
function errorDetail(data: unknown): string | null {
  const detail = typeof data === "object" && data !== null ? (data as { detail?: unknown }).detail : undefined;
  return typeof detail === "string" ? detail : null;
}

/**
 * The web app's own sentences for a call that failed without the API's words: the `ui` namespace's `offline`,
 * `unreadable` and `callFailed` (`useT("ui")` in the calling component); English without it.
 */
export type ApiWords = (key: "offline" | "unreadable" | "callFailed", params?: { status: number }) => string;

/**
 * `idempotencyKey`: reuse one to retry the same action; by default each call is a new action with a new key.
 * `words`: the page's language for the app's own sentences.
 */
export type CallInit = {
  method?: "GET" | "POST";
  body?: unknown;
  ifMatch?: string;
  idempotencyKey?: string;
  words?: ApiWords;
  /** More request headers: what the web app's own route handlers read (never passed on to the backend). */
  headers?: Record<string, string>;
};

/** State-changing calls carry an Idempotency-Key, so a double click or a retried request has one effect. */
// The payment token is a GET that starts a payment.
const changesState = (method: string, path: string) =>
  method === "POST" || path.startsWith(endpoints.paymentToken.path);

/** Status 0: the request never got an answer (offline, DNS, the app is down). */
export const OFFLINE = "We couldn't reach Harbour Insurance. Check your connection and try again.";
/** A 2xx whose body doesn't match the schema the caller expects. */
export const UNREADABLE = "We got an answer we could not read. Please reload the page to see where things stand.";
const ENGLISH: ApiWords = (key, params) =>
  key === "offline"
    ? OFFLINE
    : key === "unreadable"
      ? UNREADABLE
      : `Something went wrong (error ${params?.status}). Please try again.`;

/**
 * A JSON call from the browser to this app's own /api routes (never the backend): the session cookie
 * goes along (same-origin), tokens stay on the server, nothing is cached. A 204 reads as `null`.
 * Refusals come back with the contract's own `detail` sentence (or a fallback) and the whole error
 * body, e.g. the fresh `policy` a 412 carries.
 */
export async function callApi<T>(
  path: string,
  schema: BodyReader<T> | LazyReader<T>,
  init: CallInit = {},
): Promise<ApiResult<T>> {
  const reader = typeof schema === "function" ? schema() : Promise.resolve(schema);
  // Fetched with the request; a failed import reads as an unreadable answer, not an unhandled rejection.
  const ready = reader.catch(() => null);
  const headers: Record<string, string> = { accept: "application/json", ...init.headers };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.ifMatch) headers["if-match"] = init.ifMatch;
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  if (changesState(method, path)) headers["idempotency-key"] = init.idempotencyKey ?? crypto.randomUUID();
  const words = init.words ?? ENGLISH;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, detail: words("offline"), body: null };
  }
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    return {
      ok: false,
      status: res.status,
      detail: errorDetail(data) ?? words("callFailed", { status: res.status }),
      body: data,
    };
  }
  const parsed = (await ready)?.safeParse(data) ?? { success: false as const };
  return parsed.success
    ? { ok: true, status: res.status, data: parsed.data }
    : { ok: false, status: res.status, detail: words("unreadable"), body: data };
}
