/** The headers that a page or an API response gets on top of next.config.mjs's fixed ones. */

// The reference backend's sandbox payment page, served through this app, has one inline script (focus on errors).
const SANDBOX_SCRIPT = "'sha256-0F7dJGghxqGeYf7pJAE5U4VVS0nizTn3b4xQzUI4gdc='";
export const HSTS = "max-age=63072000; includeSubDomains";

const join = (directives: string[]) => directives.join("; ");

/** A page: only scripts carrying this response's nonce run, and what they load (strict-dynamic). */
export function pagePolicy(nonce: string, dev = false, frameAncestors: string[] = []): string {
  return join([
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ancestorsDirective(frameAncestors),
  ]);
}

/** The API's answers are data, files and the sandbox gateway's page: nothing may run but that page's one script. */
export function apiPolicy(pathname: string, frameAncestors: string[] = []): string {
  const sandbox = pathname.startsWith("/api/v3/payment/sandbox/");
  return join([
    "default-src 'none'",
    `script-src ${sandbox ? SANDBOX_SCRIPT : "'none'"}`,
    `style-src ${sandbox ? "'unsafe-inline'" : "'none'"}`,
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ancestorsDirective(frameAncestors),
  ]);
}

/** Framing: nobody, or only the origins of the partner whose embed this browser is in. */
function ancestorsDirective(origins: string[]): string {
  return `frame-ancestors ${origins.length > 0 ? origins.join(" ") : "'none'"}`;
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}
