import { embedFromCookieHeader } from "@/lib/embed/cookie";
import { translator } from "@/lib/i18n/catalogue";
import { isLocale, LOCALE_COOKIE, localeOf } from "@/lib/i18n/locales";
import { sameOrigin } from "@/lib/same-origin";

const YEAR = 60 * 60 * 24 * 365;

/** Back to the page the switcher was on: a path on this site only, never another site's address. */
function backTo(request: Request, asked: FormDataEntryValue | null): string {
  const candidates = [typeof asked === "string" ? asked : null, request.headers.get("referer")];
  const here = new URL(request.url);
  // Behind the web server the handler's own URL may name another host than the browser used: compare with Host.
  const hosts = [here.host, request.headers.get("x-forwarded-host"), request.headers.get("host")];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, here);
      if (hosts.includes(url.host) || candidate.startsWith("/")) return url.pathname + url.search;
    } catch {
      // not an address: try the next
    }
  }
  return "/";
}

/** The language switcher's form posts here (no JavaScript needed): the choice is kept in a cookie for a year. */
export async function POST(request: Request): Promise<Response> {
  const t = translator(localeOf(request.headers), "errors");
  const text = { "content-type": "text/plain; charset=utf-8" };
  if (!sameOrigin(request)) return new Response(t("otherSite"), { status: 403, headers: text });
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  if (!isLocale(locale)) return new Response(t("chooseLanguage"), { status: 400, headers: text });
  const back = backTo(request, form?.get("back") ?? null);
  // In a partner's frame only a partitioned cookie comes back (as the embed's own does): the choice is kept there.
  const framed = embedFromCookieHeader(request.headers.get("cookie")) !== null;
  const secure = process.env.NODE_ENV === "production" ? "; Secure" : "";
  const kept = framed ? "; SameSite=None; Secure; Partitioned" : `; SameSite=Lax${secure}`;
  return new Response(null, {
    status: 303,
    headers: {
      location: back.startsWith("//") ? "/" : back,
      "set-cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${YEAR}${kept}`,
    },
  });
}
