import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
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
  if (!sameOrigin(request)) return new Response("This form can only be sent from this site.", { status: 403 });
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  if (!isLocale(locale)) return new Response("Choose one of the languages offered.", { status: 400 });
  const back = backTo(request, form?.get("back") ?? null);
  const secure = process.env.NODE_ENV === "production" ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      location: back.startsWith("//") ? "/" : back,
      "set-cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${YEAR}; SameSite=Lax${secure}`,
    },
  });
}
