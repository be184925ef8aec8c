import type { IncomingMessage, ServerResponse } from "node:http";
import { confirm, review } from "./confirm";
import { addAttachment, thumbnail } from "./files";
import { notFound, parseJsonObject, readBody, Refusal, sendBytes, sendJson } from "./http";
import { earlierForm, firstForm, submit } from "./journey";
import { certificate, policyView, versionId } from "./policy";
import { META, SLUG, SUMMARY } from "./product";
import type { Store } from "./store";

/** Every path this vendor serves; anything else is a 404. */

export type Ctx = {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  query: URLSearchParams;
  store: Store;
  base: string;
  token: string | undefined;
};
type Route = { method: "GET" | "POST"; pattern: RegExp; handle: (ctx: Ctx) => Promise<void> | void };

const JSON_LIMIT = 1024 * 1024;
const UPLOAD_LIMIT = 4 * 1024 * 1024;
const N = "(?<n>[^/]+)";

const json = async (ctx: Ctx, limit = JSON_LIMIT) => parseJsonObject(await readBody(ctx.req, limit));
const product = (slug: string) => {
  if (slug !== SLUG) throw notFound(`We don't sell a product called “${slug}”.`);
};
const quoteOf = (ctx: Ctx) => ctx.store.reach(ctx.params.n, ctx.token);

export const ROUTES: Route[] = [
  { method: "GET", pattern: /^\/api\/v3\/products$/, handle: ({ res }) => sendJson(res, 200, { products: [SUMMARY] }) },
  {
    method: "GET",
    pattern: /^\/api\/v3\/policy\/meta\/(?<slug>[^/]+)$/,
    handle: ({ res, params }) => (product(params.slug), sendJson(res, 200, META)),
  },
  {
    method: "GET",
    pattern: /^\/api\/v3\/policy\/submit\/(?<slug>[^/]+)$/,
    handle: ({ res, params, query, store, token }) => {
      product(params.slug);
      const reopening = query.has("policy_number") || query.has("form_id");
      sendJson(res, 200, reopening ? earlierForm(store, query, token) : firstForm());
    },
  },
  {
    method: "POST",
    pattern: /^\/api\/v3\/policy\/submit\/(?<slug>[^/]+)$/,
    handle: async (ctx) => {
      product(ctx.params.slug);
      const body = await json(ctx);
      sendJson(ctx.res, 200, body ? submit(ctx.store, body, ctx.token) : firstForm());
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`^/api/v3/policy/${N}/attachment/add$`),
    handle: async (ctx) => {
      const quote = quoteOf(ctx);
      sendJson(ctx.res, 200, addAttachment(ctx.store, quote, await json(ctx, UPLOAD_LIMIT)));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/api/v3/policy/${N}/attachment/get/(?<ref>[^/]+)$`),
    handle: (ctx) => {
      const file = ctx.store.file(quoteOf(ctx).number, ctx.params.ref);
      sendBytes(ctx.res, file.mime, file.bytes, { "x-content-type-options": "nosniff" });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/api/v1/policy/${N}/attachment/thumbnail/(?<ref>[^/]+)$`),
    handle: (ctx) => {
      const { type, bytes } = thumbnail(ctx.store.file(quoteOf(ctx).number, ctx.params.ref));
      sendBytes(ctx.res, type, bytes, { "x-content-type-options": "nosniff" });
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`^/api/v3/policy/${N}/confirm$`),
    handle: async (ctx) => {
      const quote = quoteOf(ctx);
      const body = await json(ctx);
      sendJson(ctx.res, 200, body ? confirm(quote, body, () => ctx.store.touch(quote)) : review(quote));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/api/v3/policy/${N}/coi$`),
    handle: async (ctx) => {
      const quote = quoteOf(ctx);
      const pdf = await certificate(quote);
      sendBytes(ctx.res, "application/pdf", pdf, {
        "content-disposition": `attachment; filename="pawsure-${quote.number}.pdf"`,
      });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/api/v3/policy/${N}$`),
    handle: (ctx) => {
      const quote = quoteOf(ctx);
      const view = policyView(quote, ctx.store.filesOf(quote.number), ctx.base);
      sendJson(ctx.res, 200, view, { etag: `"${versionId(quote)}"` });
    },
  },
];

/** The route and its named parts for a method and path (trailing slash optional), or null. */
export function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  const verb = method === "HEAD" ? "GET" : method;
  const trimmed = path.length > 1 ? path.replace(/\/$/, "") : path;
  for (const route of ROUTES) {
    const found = route.method === verb ? route.pattern.exec(trimmed) : null;
    if (!found) continue;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(found.groups ?? {})) {
      try {
        params[k] = decodeURIComponent(v);
      } catch {
        return null;
      }
    }
    return { route, params };
  }
  return null;
}

export const undefinedPath = (method: string, path: string) =>
  new Refusal(404, "not_found", `Nothing is served at ${method} ${path}.`);
