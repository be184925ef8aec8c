import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { decodeEmbed, EMBED_COOKIE, EMBED_COOKIE_OPTIONS, encodeEmbed, partnerReferrer } from "@/lib/embed/cookie";
import { findPartner, sellsProduct } from "@/lib/embed/partners";
import { HSTS, newNonce, pagePolicy } from "@/lib/security-headers";

const EMBED_ENTRY = /^\/embed\/([^/]+)\/products\/([^/]+)\/?$/;

/**
 * Next's proxy (formerly middleware): a fresh CSP nonce for every page, HSTS in production, and the partner's
 * origins as the only `frame-ancestors` for a journey opened through that partner's embed (everyone else: none).
 * Not for /api/: its route handlers set their own headers (lib/api-headers.ts), without the proxy's cost.
 */
export function proxy(request: NextRequest) {
  const { NODE_ENV } = getEnv();
  const { pathname, searchParams } = request.nextUrl;
  const entry = EMBED_ENTRY.exec(pathname);
  const entryPartner = entry ? findPartner(decodeURIComponent(entry[1])) : undefined;
  const opening = entryPartner && sellsProduct(entryPartner, decodeURIComponent(entry![2])) ? entryPartner : undefined;
  const embedded = opening ?? (entry ? undefined : decodeEmbed(request.cookies.get(EMBED_COOKIE)?.value)?.partner);
  const ancestors = embedded?.origins ?? [];
  const nonce = newNonce();
  // Inlined at build time: only `next dev` (React's debugging) needs eval, not a production build in any mode.
  const policy = pagePolicy(nonce, process.env.NODE_ENV === "development", ancestors);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  if (opening) {
    const referrer = partnerReferrer(opening, searchParams.get("referrer"), request.headers.get("referer"));
    const touchpoint = searchParams.get("touchpoint")?.slice(0, 100) || null;
    response.cookies.set(EMBED_COOKIE, encodeEmbed({ partner: opening, touchpoint, referrer }), EMBED_COOKIE_OPTIONS);
  }
  response.headers.set("content-security-policy", policy);
  if (NODE_ENV === "production") response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|embed\\.js).*)"],
};
