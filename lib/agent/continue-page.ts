import "server-only";
import { translator } from "@/lib/i18n/catalogue";
import { dirOf, type Locale } from "@/lib/i18n/locales";

/**
 * The pages a continue link shows when it cannot go on to the quote. A route handler answers them
 * (it is what sets the session cookie on success), so they are whole, self-contained HTML documents
 * that keep the real HTTP status (403, 404, 502) and echo the site's look.
 */

/** Its words are keys of the `continue` namespace, but for `detail`. */
export type ContinueProblem = {
  status: number;
  title: string;
  message?: string;
  /** The API's own sentence instead of a message, shown as it came (in the language the API was asked in). */
  detail?: string;
  steps: { href: string; label: string }[];
};

const START_QUOTE = { href: "/", label: "startQuote" };
const SEE_POLICIES = { href: "/account", label: "seePolicies" };

export const CONTINUE_PROBLEMS = {
  invalid: { status: 403, title: "invalidTitle", message: "invalidMessage", steps: [START_QUOTE, SEE_POLICIES] },
  gone: { status: 404, title: "goneTitle", message: "goneMessage", steps: [START_QUOTE, SEE_POLICIES] },
  crossSite: { status: 403, title: "crossSiteTitle", message: "crossSiteMessage", steps: [START_QUOTE] },
} satisfies Record<string, ContinueProblem>;

export function serviceProblem(status: number, detail: string, retryHref: string): ContinueProblem {
  return {
    status,
    title: "serviceTitle",
    detail,
    steps: [{ href: retryHref, label: "tryAgain" }, START_QUOTE],
  };
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1b2530;background:#f6f8fa}
header{background:#094862;padding:12px 24px}header a{color:#fff;font-weight:700;font-size:1.25rem;text-decoration:none}
header a:hover{text-decoration:underline}main{max-width:64rem;margin:0 auto;padding:48px 24px}
h1{font-size:2rem;line-height:1.2;margin:0 0 24px}.note{border-inline-start:4px solid #b42318;background:#fef3f2;padding:16px;max-width:40rem}
h2{font-size:1.25rem;margin:32px 0 8px}ul{padding-inline-start:1.25rem}li{margin:8px 0}a{color:#0b5878;text-underline-offset:.2em}
a:focus-visible{outline:3px solid #ffbf47;box-shadow:0 0 0 5px #1b2530}`;

/** The whole HTML document for a problem, with its status, in the request's language. */
export function continueProblemResponse(problem: ContinueProblem, locale: Locale, nonce?: string | null): Response {
  const t = translator(locale, "continue");
  const brand = escapeHtml(translator(locale, "layout")("brand"));
  const title = escapeHtml(t(problem.title));
  const message = escapeHtml(problem.detail ?? t(problem.message ?? ""));
  const style = `<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ""}>${STYLE}</style>`;
  const steps = problem.steps
    .map((s) => `<li><a href="${escapeHtml(s.href)}">${escapeHtml(t(s.label))}</a></li>`)
    .join("");
  const html = `<!doctype html>
<html lang="${locale}" dir="${dirOf(locale)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} – ${brand}</title>${style}</head>
<body><header><a href="/">${brand}</a></header>
<main id="main"><h1>${title}</h1><div class="note" role="alert"><p>${message}</p></div>
<h2>${escapeHtml(t("nextSteps"))}</h2><ul>${steps}</ul></main></body></html>`;
  return new Response(html, {
    status: problem.status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
      "x-robots-tag": "noindex",
    },
  });
}
