import "server-only";
import { getIronSession, type IronSession, type SessionOptions } from "iron-session";
import type { SessionData } from "@/lib/session";

/** The part of a cookie store (Next's `cookies()`) a session reads and writes. */
export type CookieJar = {
  get(name: string): { name: string; value: string } | undefined;
  set(name: string, value: string, options?: object): unknown;
};

// Unsealing costs two key derivations, an HMAC and a decryption in WebCrypto, on every request and for every
// part of a page that asks for the session. A cookie once unsealed is remembered by its exact sealed text, which
// carries its own HMAC (only a cookie this app sealed is ever found), and only until the expiry sealed into it.
const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, { json: string; expires: number }>();

/** The expiry (ms) iron sealed into a cookie (`Fe26.2*id*salt*iv*data*expiration*…`), or null. */
export function sealExpiry(sealed: string): number | null {
  const expiration = sealed.split("~")[0].split("*")[5];
  return expiration && /^\d+$/.test(expiration) ? Number(expiration) : null;
}

function recall(sealed: string): SessionData | null {
  const known = remembered.get(sealed);
  if (!known) return null;
  if (known.expires <= Date.now()) {
    remembered.delete(sealed);
    return null;
  }
  return JSON.parse(known.json) as SessionData; // a copy: each request changes its own
}

function remember(sealed: string, data: object): void {
  const expires = sealExpiry(sealed);
  if (expires === null) return;
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(sealed, { json: JSON.stringify(data), expires });
}

/** iron-session's session from a cookie store, unsealing each distinct cookie once while it is valid. */
export async function openSession(jar: CookieJar, options: SessionOptions): Promise<IronSession<SessionData>> {
  const sealed = jar.get(options.cookieName)?.value ?? "";
  const known = sealed ? recall(sealed) : null;
  // Known: iron-session is shown no cookie (nothing to unseal) and the remembered data goes in; save() and
  // destroy() still write to the real store.
  // A cookie this request seals (save) is remembered too, so the request that brings it back next (the step's page
  // just after a Continue) finds it without unsealing.
  const store: CookieJar = {
    get: (name) => (known ? undefined : jar.get(name)),
    set: (name, value, o) => {
      const written = jar.set(name, value, o);
      if (name === options.cookieName && value) remember(value, session);
      return written;
    },
  };
  // iron-session's own cookie-store type is Next's; this is the part of it that it uses.
  const session: IronSession<SessionData> = await getIronSession<SessionData>(store as never, options);
  if (known) Object.assign(session, known);
  else if (sealed && Object.keys(session).length > 0) remember(sealed, session);
  return session;
}
