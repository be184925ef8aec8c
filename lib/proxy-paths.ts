/** The contract paths the browser may reach through the web app; anything else is a 404 here. */

export type ProxyMethod = "GET" | "POST";
export type ProxyRoute = {
  name: string;
  methods: readonly ProxyMethod[];
  /** Matched against the whole pathname; named groups `policy`, `slug` and `document` are read. */
  pattern: RegExp;
  /** Request body limit in bytes (default 1 MB). */
  bodyLimit?: number;
  /** Uploads and downloads get the longer document timeout. */
  slow?: boolean;
  /** A binary answer: `document` gets `attachment; filename=...`, `file` is inline when an image. */
  download?: "document" | "file";
  /** A sign-in whose top-level `token` becomes the session's customer or user. */
  identity?: "customer" | "user";
  logout?: boolean;
  /** The contract's method upstream when the browser must use another (a GET that makes something is a POST here). */
  upstreamMethod?: ProxyMethod;
};
export type RouteMatch = { route: ProxyRoute; params: { policy?: string; slug?: string; document?: string } };

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 12 * 1024 * 1024;

const SEG = "[^/]+";
// A policy number is any one segment except the words that name other policy routes.
const POLICY = `(?<policy>(?!(?:all|meta|submit|continue)(?:/|$))${SEG})`;
const DOCUMENTS = "coi|tax-invoice|emergency-document|cancellation-letter|pass_card";

const route = (name: string, methods: ProxyMethod[], path: string, extra: Partial<ProxyRoute> = {}): ProxyRoute => {
  const api = path.startsWith("v1:") ? "v1" : "v3";
  return { name, methods, pattern: new RegExp(`^/api/${api}/${path.replace(/^v1:/, "")}/?$`), ...extra };
};

export const PROXY_ROUTES: readonly ProxyRoute[] = [
  route("products", ["GET"], "products"),
  route("product-attachment", ["GET"], `products/(?<slug>${SEG})/attachments/${SEG}`, { download: "file", slow: true }),
  route("meta", ["GET"], `policy/meta/(?<slug>${SEG})`),
  route("submit", ["GET", "POST"], `policy/submit/(?<slug>${SEG})`),
  route("all", ["GET", "POST"], "policy/all"),
  route("continue", ["GET"], `policy/continue/${SEG}`),
  route("view", ["GET"], `policy/${POLICY}`),
  route("price", ["POST"], `policy/${POLICY}/price`),
  route("attachment-add", ["POST"], `policy/${POLICY}/attachment/add`, { bodyLimit: UPLOAD_BODY_LIMIT, slow: true }),
  route("attachment-get", ["GET"], `policy/${POLICY}/attachment/get/${SEG}`, { download: "file", slow: true }),
  route("thumbnail", ["GET"], `v1:policy/${POLICY}/attachment/thumbnail/${SEG}`, { download: "file", slow: true }),
  route("confirm", ["POST"], `policy/${POLICY}/confirm`),
  route("get-form-data", ["GET"], `policy/${POLICY}/get-form-data`),
  route("copy", ["POST"], `policy/${POLICY}/copy`),
  route("renew", ["POST"], `policy/${POLICY}/renew`),
  route("cancel", ["POST"], `policy/${POLICY}/cancel`),
  route("remove-recurring-payment", ["POST"], `policy/${POLICY}/remove-recurring-payment`),
  route("continue-link", ["POST"], `policy/${POLICY}/continue-link`),
  route("document", ["GET"], `policy/${POLICY}/(?<document>${DOCUMENTS})`, { download: "document", slow: true }),
  route("additional-documents", ["GET", "POST"], `policy/${POLICY}/additional-documents`, {
    bodyLimit: UPLOAD_BODY_LIMIT,
    slow: true,
  }),
  route("referral", ["POST"], `policy/${POLICY}/referral`),
  route("cancellation-request", ["POST"], `policy/${POLICY}/cancellation-request`),
  route("history", ["GET"], `policy/${POLICY}/history`),
  // It makes a payment: the browser POSTs (so the same-site check applies), the contract's GET goes upstream.
  route("payment-token", ["POST"], "payment/token", { upstreamMethod: "GET" }),
  route("payment-process", ["GET"], "payment/process"),
  route("payment-sandbox", ["GET", "POST"], `payment/sandbox/${SEG}`),
  route("otp-request", ["POST"], "customer/otp/request"),
  route("otp-verify", ["POST"], "customer/otp/verify", { identity: "customer" }),
  route("policy-login", ["POST"], "customer/policy-login", { identity: "customer" }),
  route("login", ["POST"], "login", { identity: "user" }),
  route("logout", ["POST"], "logout", { logout: true }),
  route("token-refresh", ["POST"], "token/refresh"),
];

const safeDecode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The route for a method and pathname, or null. HEAD is treated as GET. */
export function matchRoute(method: string, pathname: string): RouteMatch | null {
  // Encoded separators could smuggle another path past the patterns.
  if (/%2f|%5c|\\/i.test(pathname)) return null;
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase();
  for (const candidate of PROXY_ROUTES) {
    const found = candidate.pattern.exec(pathname);
    if (!found || !candidate.methods.includes(verb as ProxyMethod)) continue;
    const groups = found.groups ?? {};
    const params: RouteMatch["params"] = {};
    for (const key of ["policy", "slug", "document"] as const) {
      if (groups[key] !== undefined) params[key] = safeDecode(groups[key]);
    }
    return { route: candidate, params };
  }
  return null;
}
