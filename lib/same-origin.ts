/** Same-origin only: its URL's origin, or the one the browser used when behind a reverse proxy. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  // No Origin, or "null" (a page with Referrer-Policy no-referrer): the browser's own Sec-Fetch-Site decides.
  if (origin === null || origin === "null") return request.headers.get("sec-fetch-site") === "same-origin";
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0].trim() || undefined;
  const host = first("x-forwarded-host") ?? first("host");
  const scheme = first("x-forwarded-proto") ?? url.protocol.slice(0, -1);
  return origin === url.origin || (host !== undefined && origin === `${scheme}://${host}`);
}
