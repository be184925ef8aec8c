import {
  DEFAULT_BODY_LIMIT,
  UPLOAD_BODY_LIMIT,
  endpointList,
  type EndpointDef,
  type EndpointName,
  type HttpMethod,
} from "@/contract/endpoints";

/** The contract paths the browser may reach through the web app (the table's entries with `proxy`). */

export { DEFAULT_BODY_LIMIT, UPLOAD_BODY_LIMIT };
export type ProxyMethod = HttpMethod;
export type ProxyRoute = {
  name: EndpointName;
  methods: readonly ProxyMethod[];
  /** Matched against the whole pathname; named groups `policy` and `slug` are read. */
  pattern: RegExp;
  /** Request body limit in bytes (default 1 MB). */
  bodyLimit?: number;
  /** Uploads and downloads get the longer document timeout. */
  slow?: boolean;
  /** A binary answer: `document` gets `attachment; filename=...`, `file` is inline when an image. */
  download?: "document" | "file";
  /** The document's name (a `document` download). */
  document?: string;
  /** A sign-in whose top-level `token` becomes the session's customer or user. */
  identity?: "customer" | "user";
  logout?: boolean;
  /** Only while the web app shows the development outbox (DEV_OUTBOX=1). */
  devOnly?: boolean;
  /** The contract's method upstream when the browser must use another (a GET that makes something is a POST here). */
  upstreamMethod?: ProxyMethod;
};
export type RouteMatch = { route: ProxyRoute; params: { policy?: string; slug?: string; document?: string } };

const SEG = "[^/]+";
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A policy number is any one segment except the words that name other policy routes (all, meta, ...).
const policyWords = [
  ...new Set(endpointList.map((e) => /^\/api\/v3\/policy\/([\w-]+)\//.exec(e.path)?.[1]).filter((w) => w)),
];
const POLICY = `(?<policy>(?!(?:${policyWords.join("|")})(?:/|$))${SEG})`;

const PARAM_PATTERNS: Record<string, string> = { n: POLICY, slug: `(?<slug>${SEG})` };

function patternOf(path: string): RegExp {
  const parts = path.replace(/\/$/, "").split(/(:\w+)/);
  const source = parts.map((part) => (part.startsWith(":") ? (PARAM_PATTERNS[part.slice(1)] ?? SEG) : escape(part)));
  return new RegExp(`^${source.join("")}/?$`);
}

function toRoute(e: EndpointDef & { name: EndpointName }): ProxyRoute {
  const flags = e.proxy ?? {};
  return {
    name: e.name,
    methods: [flags.browserMethod ?? e.method],
    pattern: patternOf(e.path),
    ...(flags.bodyLimit ? { bodyLimit: flags.bodyLimit } : {}),
    ...(flags.slow ? { slow: true } : {}),
    ...(e.download ? { download: e.download } : {}),
    ...(e.download === "document" ? { document: e.path.split("/").at(-2) } : {}),
    ...(flags.identity ? { identity: flags.identity } : {}),
    ...(flags.logout ? { logout: true } : {}),
    ...(flags.devOnly ? { devOnly: true } : {}),
    ...(flags.browserMethod ? { upstreamMethod: e.method } : {}),
  };
}

export const PROXY_ROUTES: readonly ProxyRoute[] = endpointList.filter((e) => e.proxy).map(toRoute);

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
    for (const key of ["policy", "slug"] as const) {
      if (groups[key] !== undefined) params[key] = safeDecode(groups[key]);
    }
    if (candidate.document) params.document = candidate.document;
    return { route: candidate, params };
  }
  return null;
}
