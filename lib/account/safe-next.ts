import { ACCOUNT_PATH, SIGN_IN_PATH } from "./paths";

const BASE = "http://local.invalid";

/**
 * A `next` address only when it is a path on this site (never another origin, a protocol-relative
 * `//host`, a backslash trick, an API path or the sign-in page itself); otherwise the account's home.
 */
export function safeNextPath(raw: unknown, fallback = ACCOUNT_PATH): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f]/.test(raw))
    return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("/api/") || url.pathname.replace(/\/$/, "") === SIGN_IN_PATH)
    return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
