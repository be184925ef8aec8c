import "server-only";

/**
 * The pages a continue link shows when it cannot go on to the quote. A route handler answers them
 * (it is what sets the session cookie on success), so they are whole, self-contained HTML documents
 * that keep the real HTTP status (403, 404, 502) and echo the site's look.
 */

export type ContinueProblem = {
  status: number;
  title: string;
  message: string;
  steps: { href: string; label: string }[];
};

const START_QUOTE = { href: "/", label: "Start a new quote" };
const SEE_POLICIES = { href: "/account", label: "Sign in to see your quotes and policies" };

export const CONTINUE_PROBLEMS = {
  invalid: {
    status: 403,
    title: "This link is not valid or has expired",
    message:
      "This link is not valid or has expired: links to continue a quote work for 7 days. If your agent sent it, ask " +
      "your agent for a new link. If you emailed it to yourself, open the quote where you started it and email " +
      "yourself a new link, or sign in to find it.",
    steps: [START_QUOTE, SEE_POLICIES],
  },
  gone: {
    status: 404,
    title: "This quote can no longer be continued",
    message:
      "This quote can no longer be continued: it has been bought, declined, or deleted because it was not taken " +
      "up in time. Start a new quote or contact us. If you bought it, sign in to see your policy.",
    steps: [START_QUOTE, SEE_POLICIES],
  },
  crossSite: {
    status: 403,
    title: "This request came from another site",
    message: "This request came from another site and was refused. Open the link from your email again.",
    steps: [START_QUOTE],
  },
} satisfies Record<string, ContinueProblem>;

export function serviceProblem(status: number, detail: string, retryHref: string): ContinueProblem {
  return {
    status,
    title: "We can't open your quote right now",
    message: detail,
    steps: [{ href: retryHref, label: "Try again" }, START_QUOTE],
  };
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1b2530;background:#f6f8fa}
header{background:#094862;padding:12px 24px}header a{color:#fff;font-weight:700;font-size:1.25rem;text-decoration:none}
header a:hover{text-decoration:underline}main{max-width:64rem;margin:0 auto;padding:48px 24px}
h1{font-size:2rem;line-height:1.2;margin:0 0 24px}.note{border-left:4px solid #b42318;background:#fef3f2;padding:16px;max-width:40rem}
h2{font-size:1.25rem;margin:32px 0 8px}ul{padding-left:1.25rem}li{margin:8px 0}a{color:#0b5878;text-underline-offset:.2em}
a:focus-visible{outline:3px solid #ffbf47;box-shadow:0 0 0 5px #1b2530}`;

/** The whole HTML document for a problem, with its status. */
export function continueProblemResponse(problem: ContinueProblem, nonce?: string | null): Response {
  const style = `<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ""}>${STYLE}</style>`;
  const steps = problem.steps
    .map((s) => `<li><a href="${escapeHtml(s.href)}">${escapeHtml(s.label)}</a></li>`)
    .join("");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(problem.title)} – Harbour Insurance</title>${style}</head>
<body><header><a href="/">Harbour Insurance</a></header>
<main id="main"><h1>${escapeHtml(problem.title)}</h1><div class="note" role="alert"><p>${escapeHtml(problem.message)}</p></div>
<h2>What you can do next</h2><ul>${steps}</ul></main></body></html>`;
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
