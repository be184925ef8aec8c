import "server-only";
import { translator, type Translate } from "@/lib/i18n/catalogue";
import { chosenLocaleOf, localeOf } from "@/lib/i18n/locales";
import { endpoints, pathTo } from "@/contract/endpoints";
import { clientAddressOf } from "@/lib/client-address";
import { getEnv } from "@/lib/env";
import { embedFromCookieHeader } from "@/lib/embed/cookie";
import { withDistribution } from "@/lib/embed/distribution";
import { askAhead } from "@/lib/journey/meta-ahead";
import { IN_PAGE_HEADER } from "@/lib/journey/paths";
import { handOver } from "@/lib/journey/step-handoff";
import { rememberAnswer } from "@/lib/journey/step-memory";
import { DEFAULT_BODY_LIMIT, matchRoute, type RouteMatch } from "@/lib/proxy-paths";
import { sameOrigin } from "@/lib/same-origin";
import { absorbSecrets, authFor, extendExpiry, getRequestSession, saveSession, type Session } from "@/lib/session";
import {
  discardBody,
  errorResponse,
  pickHeaders,
  readWhole,
  REQUEST_HEADERS,
  responseHeaders,
  settle,
  streamed,
  toApiError,
  upstream,
  type UpstreamAuth,
} from "@/lib/upstream";

/** The proxy's own refusals, by code: the key of their sentence in `errors`, worded in the request's language. */
const OWN_REFUSALS = {
  not_found: "nothingHere",
  csrf_rejected: "otherSiteRefused",
  too_large: "tooLarge",
  bad_gateway: "unreachable",
  gateway_timeout: "slow",
} as const;
type OwnRefusal = keyof typeof OWN_REFUSALS;

/** Worded in the request's language, looked up only when there is something to say. */
const refusal = (request: Request, status: number, code: OwnRefusal): Response => {
  const t: Translate = translator(localeOf(request.headers), "errors");
  return errorResponse(status, { detail: t(OWN_REFUSALS[code]), code });
};
const NULL_BODY = new Set([101, 204, 205, 304]);

/** Reads at most `limit` bytes; null when the body is larger, whatever Content-Length claimed. */
async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    total += part.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}

function policyInBody(body: Uint8Array | undefined, contentType: string | null): string | undefined {
  if (!body?.byteLength || !/json/i.test(contentType ?? "")) return undefined;
  try {
    const value = JSON.parse(Buffer.from(body).toString("utf8"))?.policy_number;
    return typeof value === "string" && value ? value : undefined;
  } catch {
    return undefined; // malformed JSON still goes upstream, which answers 422
  }
}

/** Backend URLs become relative paths: the browser reaches the same paths through this proxy. */
function rebase(value: string, apiOnly: boolean): string {
  const base = getEnv().POLICY_API_URL;
  const prefix = apiOnly ? `${base}/api/` : `${base}/`;
  return value.startsWith(prefix) ? value.slice(base.length) : value;
}

function rebaseDeep(node: unknown): unknown {
  if (typeof node === "string") return rebase(node, true);
  if (Array.isArray(node)) return node.map(rebaseDeep);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rebaseDeep(value)]));
}

function outgoingHeaders(res: Response): Headers {
  const headers = responseHeaders(res);
  const location = headers.get("location");
  if (location) headers.set("location", rebase(location, false));
  if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
  return headers;
}

// Words whose presence means the answer must be read: a secret to keep, or (below) the backend's own address.
const SECRET_KEYS = ["quote_token", "customer_token"].map((key) => Buffer.from(key));
// A \u or \/ escape could spell one of those without its letters.
const ESCAPES = ["\\u", "\\/"].map((escape) => Buffer.from(escape));
const UTF8 = new TextDecoder();
let backendAddress: { url: string; bytes: Buffer } | undefined;
const backendBytes = () => {
  const url = getEnv().POLICY_API_URL;
  if (backendAddress?.url !== url) backendAddress = { url, bytes: Buffer.from(url) };
  return backendAddress.bytes;
};

/**
 * Whether a JSON answer can go to the browser as the backend wrote it, unread: nothing in it for the session (a
 * sign-in, the submit loop, stay signed in, a refused token), no secret and no backend address in its bytes (UTF-8:
 * each word is found as its own bytes, never inside another character's), and no escape that could spell one.
 */
function passesAsIs(bytes: Buffer, status: number, match: RouteMatch, method: string): boolean {
  const { name, identity } = match.route;
  if (
    status === 401 ||
    identity ||
    name === "tokenRefresh" ||
    (method === "POST" && (name === "submit" || name === "confirm"))
  )
    return false;
  if (ESCAPES.some((escape) => bytes.includes(escape)) || SECRET_KEYS.some((key) => bytes.includes(key))) return false;
  return !bytes.includes(backendBytes());
}

/** The product's meta, as the step's page would ask for it (lib/api.ts), for that page (journey/meta-ahead). */
function askMetaAhead(request: Request, slug: string, session: Session): void {
  const language = localeOf(request.headers);
  const { bearer } = authFor(session);
  askAhead({ slug, language, bearer }, () =>
    upstream(pathTo(endpoints.meta, { slug }), {
      headers: { accept: "application/json", "accept-language": language },
      auth: bearer ? { bearer } : {},
      clientAddress: clientAddressOf(request.headers),
    }),
  );
}

async function relayJson(
  request: Request,
  res: Response,
  session: Session,
  match: RouteMatch,
  sent: UpstreamAuth,
  method: string,
): Promise<Response> {
  const bytes = Buffer.from(await readWhole(res, (r) => r.arrayBuffer()));
  const headers = outgoingHeaders(res);
  headers.set("cache-control", "no-store");
  headers.delete("content-length");
  // Passed on as the same bytes: no decoding and encoding again.
  if (passesAsIs(bytes, res.status, match, method))
    return new Response(NULL_BODY.has(res.status) ? null : bytes, { status: res.status, headers });
  const text = UTF8.decode(bytes); // as res.text() reads it: a BOM dropped, a bad sequence replaced
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return new Response(NULL_BODY.has(res.status) ? null : text, { status: res.status, headers });
  }
  let changed = absorbSecrets(session, data, { slug: match.params.slug, identity: match.route.identity });
  // Where the quote now stands, so a reload or /quote/<n> needs nothing beyond the contract.
  const confirm = match.route.name === "confirm";
  if (method === "POST" && res.ok && (match.route.name === "submit" || confirm)) {
    changed = rememberAnswer(session, data, { slug: match.params.slug, confirm }) || changed;
    // The next step's page, asked for next, is drawn from this answer (journey/step-handoff) and the product's
    // meta, asked for now (journey/meta-ahead); not when the page draws a next step itself.
    const slug = match.params.slug;
    const inPage =
      request.headers.has(IN_PAGE_HEADER) && (data as { next_action?: unknown } | null)?.next_action === "continue";
    const language = localeOf(request.headers);
    if (!confirm && slug && !inPage && handOver({ slug, language }, data, (n) => authFor(session, n)))
      askMetaAhead(request, slug, session);
  }
  // A 401 despite a bearer means that token is dead: forget it so the next call goes out without it.
  if (res.status === 401 && sent.bearer && !match.route.identity) {
    const holder =
      session.user?.token === sent.bearer ? "user" : session.customer?.token === sent.bearer ? "customer" : null;
    if (holder) delete session[holder];
    changed ||= holder !== null;
  }
  // "Stay signed in" through the proxy: the session learns the token's new end.
  const expiresAt = (data as { expires_at?: unknown } | null)?.expires_at;
  if (match.route.name === "tokenRefresh" && res.ok && sent.bearer && typeof expiresAt === "string") {
    changed = extendExpiry(session, sent.bearer, expiresAt) || changed;
  }
  if (changed && !match.route.logout) await saveSession(session);
  return new Response(JSON.stringify(rebaseDeep(data)), { status: res.status, headers });
}

function relayStream(res: Response, match: RouteMatch): Response {
  const headers = outgoingHeaders(res);
  const { download } = match.route;
  if (res.ok && download) {
    headers.set("x-content-type-options", "nosniff");
    const type = headers.get("content-type") ?? "";
    const name = `${match.params.policy}-${match.params.document}`.replace(/[^\w.-]/g, "_");
    const named = `attachment; filename="${name}.${/pkpass/i.test(type) ? "pkpass" : "pdf"}"`;
    const fallback = download === "document" ? named : type.startsWith("image/") ? "inline" : "attachment";
    if (!headers.has("content-disposition")) headers.set("content-disposition", fallback);
  }
  if (!NULL_BODY.has(res.status)) return new Response(streamed(res), { status: res.status, headers });
  settle(res);
  return new Response(null, { status: res.status, headers });
}

const isJson = (res: Response) => /^application\/([\w.-]+\+)?json\b/i.test(res.headers.get("content-type") ?? "");

/** Forwards one browser request to the Policy API, keeping every token in the session. */
export async function proxy(request: Request, session: Session): Promise<Response> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const match = matchRoute(method, url.pathname);
  // The development outbox is there only while this app shows it (never in production).
  if (!match || (match.route.devOnly && !getEnv().DEV_OUTBOX)) return refusal(request, 404, "not_found");
  const reading = method !== "GET" && method !== "HEAD";
  if (reading && !sameOrigin(request)) return refusal(request, 403, "csrf_rejected");
  const read = reading ? await readBody(request, match.route.bodyLimit ?? DEFAULT_BODY_LIMIT) : undefined;
  if (read === null) return refusal(request, 413, "too_large");
  const embed =
    match.route.name === "submit" && read?.byteLength ? embedFromCookieHeader(request.headers.get("cookie")) : null;
  const body = embed && read ? withDistribution(read, embed) : read;
  const headers = pickHeaders(request.headers, REQUEST_HEADERS);
  // The API is asked in the language the person chose with the switcher; without a choice, as their browser asks.
  const chosen = chosenLocaleOf(request.headers);
  if (chosen) headers.set("accept-language", chosen);
  if (!body?.byteLength) headers.delete("content-type"); // an empty body declared as JSON is refused by some servers
  const query = url.searchParams.get("policy_number") || undefined;
  const auth = authFor(
    session,
    match.params.policy ?? query ?? policyInBody(body, request.headers.get("content-type")),
  );
  if (match.route.logout) await logoutOthers(session, auth);
  try {
    // Next strips trailing slashes; the contract documents them, so they go back on.
    const upstreamMethod = match.route.upstreamMethod ?? method;
    const res = await upstream(url.pathname.replace(/\/?$/, "/"), {
      method: upstreamMethod,
      headers,
      body: body?.byteLength && upstreamMethod !== "GET" ? body : undefined,
      query: url.searchParams,
      auth,
      clientAddress: clientAddressOf(request.headers),
      timeoutMs: match.route.slow ? getEnv().DOCUMENT_TIMEOUT_MS : undefined,
      signal: request.signal,
    });
    return isJson(res) ? await relayJson(request, res, session, match, auth, method) : relayStream(res, match);
  } catch (err) {
    const failure = toApiError(err);
    const own = failure.code in OWN_REFUSALS ? (failure.code as OwnRefusal) : null;
    return own ? refusal(request, failure.status, own) : errorResponse(failure.status, failure.body);
  }
}

/** Logout clears the whole session at once; a second identity's token is revoked on the side. */
async function logoutOthers(session: Session, auth: UpstreamAuth): Promise<void> {
  const other = [session.user?.token, session.customer?.token].find((token) => token && token !== auth.bearer);
  session.destroy();
  if (!other) return;
  await upstream(pathTo(endpoints.logout), { method: "POST", auth: { bearer: other } })
    .then(discardBody)
    .catch(() => undefined);
}

/** The route handlers' one body: this request, with this browser's session. */
export async function proxyRoute(request: Request): Promise<Response> {
  const { session, writeCookies } = await getRequestSession(request);
  const response = await proxy(request, session);
  await writeCookies();
  return response;
}
