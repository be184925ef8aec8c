import "server-only";
import type { IronSession, SessionOptions } from "iron-session";
import { cookies, headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { decodeEmbed, EMBED_COOKIE } from "@/lib/embed/cookie";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";
import { openSession, type CookieJar } from "@/lib/session-open";
import { isExpired } from "@/lib/token-expiry";
import type { UpstreamAuth } from "@/lib/upstream";

/**
 * `token` is "" for a backend that sends no quote token; `at` and `said`: where the quote stands
 * (journey/step-memory).
 */
export type QuoteGrant = { token: string; slug?: string; updatedAt: number; at?: string; said?: string };
/** `since`: when this browser signed in (ms), for the absolute lifetime. */
export type CustomerIdentity = { token: string; name?: string; email?: string; expiresAt?: string; since?: number };
export type UserIdentity = {
  token: string;
  name: string;
  agentCode?: string;
  permissions: string[];
  expiresAt?: string;
  since?: number;
};
export type SessionData = { quotes: Record<string, QuoteGrant>; customer?: CustomerIdentity; user?: UserIdentity };
/** What the proxy needs: iron-session's session object, or a plain stand-in in tests. */
export type Session = SessionData & { save(): Promise<void>; destroy(): void };

export const SESSION_COOKIE = "qp_session";
/** In production: only ever sent over HTTPS, to this exact host (no Domain), on every path. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
/** The idle lifetime: each save seals the cookie for this long again. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;
/** The absolute lifetime of a sign-in (customer or staff), however active: then sign in again. */
export const SIGN_IN_MAX_AGE_MS = 12 * 60 * 60 * 1000;
export const MAX_QUOTES = 20;
// A sealed cookie is ~1.38x its JSON plus ~110 bytes; this keeps it under the browser's 4 KB.
const MAX_SESSION_JSON = 2_700;

/**
 * `embedded`: inside a partner's iframe, where a Lax cookie is never sent: the session is a partitioned
 * (CHIPS) SameSite=None cookie of its own name, keyed to the partner's site, so it neither reaches nor replaces
 * the person's own session with the app. Secure is fine on http://127.0.0.1 (a trustworthy origin to browsers).
 */
export function sessionOptions(secure: boolean, embedded = false): SessionOptions {
  // Production is HTTPS whatever a proxy in front says; development and tests may run over plain http.
  const production = getEnv().NODE_ENV === "production";
  const name = production ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  return {
    cookieName: embedded ? `${name}_embed` : name,
    password: getEnv().SESSION_SECRET,
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: embedded
      ? { httpOnly: true, sameSite: "none", secure: true, partitioned: true, path: "/" }
      : { httpOnly: true, sameSite: "lax", secure: secure || production, path: "/" },
  };
}

/** The session of the current request (server components, route handlers). */
export async function getSession(): Promise<IronSession<SessionData>> {
  const [jar, incoming] = await Promise.all([cookies(), headers()]);
  return sessionIn(jar, incoming);
}

/**
 * The session of a route handler's own request, read from its Cookie header; what the session writes (save,
 * destroy) is held and handed to Next's cookie store only by `writeCookies`, so a request that changes nothing
 * never builds Next's mutable cookie store. The same session, cookie and options as `getSession`.
 */
export async function getRequestSession(request: Request) {
  const incoming = new RequestCookies(request.headers);
  const held: Array<[string, string, object | undefined]> = [];
  const jar: CookieJar = { get: (name) => incoming.get(name), set: (name, value, o) => held.push([name, value, o]) };
  const session = await sessionIn(jar, request.headers);
  const writeCookies = async () => {
    if (held.length === 0) return;
    const store = await cookies();
    for (const [name, value, o] of held.splice(0)) store.set(name, value, o);
  };
  return { session, writeCookies };
}

async function sessionIn(jar: CookieJar, incoming: Pick<Headers, "get">): Promise<IronSession<SessionData>> {
  const proto = incoming.get("x-forwarded-proto")?.split(",")[0].trim();
  const embedded = decodeEmbed(jar.get(EMBED_COOKIE)?.value) !== null;
  const session = await openSession(jar, sessionOptions(proto === "https", embedded));
  session.quotes ??= {};
  for (const kind of ["customer", "user"] as const) {
    if (session[kind] && !(Date.now() - (session[kind].since ?? 0) < SIGN_IN_MAX_AGE_MS)) delete session[kind];
  }
  return session;
}

const outlived = (id: { since?: number }) => id.since !== undefined && Date.now() - id.since >= SIGN_IN_MAX_AGE_MS;
const live = (id?: { token: string; expiresAt?: string; since?: number }) =>
  id && !isExpired(id.expiresAt) && !outlived(id) ? id.token : undefined;

/** Credentials for one call: the user's token before the customer's, plus the quote token of that policy. */
export function authFor(session: SessionData, policyNumber?: string | null): UpstreamAuth {
  const auth: UpstreamAuth = {};
  const bearer = live(session.user) ?? live(session.customer);
  if (bearer) auth.bearer = bearer;
  const quotes = session.quotes ?? {};
  const token = policyNumber && Object.hasOwn(quotes, policyNumber) ? quotes[policyNumber].token : "";
  if (token) auth.quoteToken = token;
  return auth;
}

export function rememberQuote(session: SessionData, policyNumber: string, token: string, slug?: string): void {
  if (policyNumber === "__proto__") return;
  session.quotes ??= {};
  const known = Object.hasOwn(session.quotes, policyNumber) ? session.quotes[policyNumber] : undefined;
  const grant: QuoteGrant = { ...known, token, updatedAt: Date.now() };
  const knownSlug = slug ?? known?.slug;
  if (knownSlug) grant.slug = knownSlug;
  session.quotes[policyNumber] = grant;
}

/** Drops the oldest quotes beyond MAX_QUOTES or beyond what fits in one cookie. */
export function trimQuotes(session: SessionData): void {
  const quotes = session.quotes ?? {};
  const oldestFirst = Object.keys(quotes).sort((a, b) => quotes[a].updatedAt - quotes[b].updatedAt);
  const size = () => JSON.stringify({ quotes, customer: session.customer, user: session.user }).length;
  while (oldestFirst.length > 0 && (oldestFirst.length > MAX_QUOTES || size() > MAX_SESSION_JSON)) {
    delete quotes[oldestFirst.shift()!];
  }
}

export async function saveSession(session: Session): Promise<void> {
  trimQuotes(session);
  await session.save();
}

const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : undefined);
const record = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

type Renewable = SessionData & { destroy?(): void };

/** A sign-in starts a new session: nothing an earlier (or planted) cookie held rides along, no identity, no quote. */
function startOver(session: Renewable): void {
  if (typeof session.destroy === "function") session.destroy();
  else for (const key of Object.keys(session) as (keyof SessionData)[]) delete session[key];
  session.quotes = {};
}

function absorbIdentity(session: Renewable, body: Record<string, unknown>, kind: "customer" | "user"): boolean {
  const token = str(body.token);
  delete body.token;
  if (!token) return false;
  const info = record(body[kind]) ?? {};
  const expiresAt = str(body.expires_at) ?? str(info.expires_at);
  startOver(session);
  const since = Date.now();
  if (kind === "customer") {
    const fullName = [str(info.first_name), str(info.last_name)].filter(Boolean).join(" ");
    const name = str(info.name) ?? (fullName || undefined);
    session.customer = { token, name, email: str(info.email), expiresAt, since };
  } else {
    const permissions = Array.isArray(info.permissions)
      ? info.permissions.filter((p): p is string => typeof p === "string")
      : [];
    const agentCode = str(info.agent_code);
    session.user = { token, name: str(info.name) ?? "", agentCode, permissions, expiresAt, since };
  }
  return true;
}

export type SecretSource = { slug?: string; identity?: "customer" | "user" };

/**
 * Moves every secret out of a parsed JSON body into the session, so the browser never sees one:
 * `quote_token` (kept under its sibling `policy_number`), `customer_token`, and for sign-in
 * responses the top-level `token`. Returns whether the session changed.
 */
export function absorbSecrets(session: Renewable, body: unknown, source: SecretSource = {}): boolean {
  let changed = false;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 32 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    const obj = node as Record<string, unknown>;
    if ("quote_token" in obj) {
      const token = str(obj.quote_token);
      const policyNumber = str(obj.policy_number);
      if (token && policyNumber) {
        rememberQuote(session, policyNumber, token, source.slug ?? str(obj.product_slug));
        changed = true;
      }
      delete obj.quote_token;
    }
    if ("customer_token" in obj) {
      const token = str(obj.customer_token);
      // An agent answering the code step for a customer stays signed in as the agent.
      if (token && !session.user) {
        session.customer = { token, expiresAt: str(obj.customer_token_expires_at), since: Date.now() };
        changed = true;
      }
      delete obj.customer_token;
    }
    for (const value of Object.values(obj)) visit(value, depth + 1);
  };
  visit(body, 0);
  const top = record(body);
  if (source.identity && top && "token" in top) changed = absorbIdentity(session, top, source.identity) || changed;
  return changed;
}

/**
 * After "Stay signed in": the identity holding `token` (customer or user) gets its new expiry.
 * Returns whether one did (a sign-in replaced meanwhile keeps its own).
 */
export function extendExpiry(session: SessionData, token: string, expiresAt: string): boolean {
  for (const kind of ["customer", "user"] as const) {
    const identity = session[kind];
    if (identity?.token === token) {
      identity.expiresAt = expiresAt;
      return true;
    }
  }
  return false;
}
