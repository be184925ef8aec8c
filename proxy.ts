import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { apiPolicy, HSTS, newNonce, pagePolicy } from "@/lib/security-headers";

/** Next's proxy (formerly middleware): a fresh CSP nonce for every page, HSTS in production. */
export function proxy(request: NextRequest) {
  const { NODE_ENV } = getEnv();
  const { pathname } = request.nextUrl;
  let response: NextResponse;
  let policy: string;
  if (pathname.startsWith("/api/")) {
    policy = apiPolicy(pathname);
    response = NextResponse.next();
  } else {
    const nonce = newNonce();
    // Inlined at build time: only `next dev` (React's debugging) needs eval, not a production build in any mode.
    policy = pagePolicy(nonce, process.env.NODE_ENV === "development");
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("content-security-policy", policy);
  if (NODE_ENV === "production") response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
