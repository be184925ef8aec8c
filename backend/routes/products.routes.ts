import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { notFound } from "../http/errors";
import { getProduct, listProducts, toMeta, toSummary } from "../products";
import { productDocument } from "../domain/product-documents";
import { contentDisposition } from "../http/content-disposition";

export function productRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get("/api/v3/products/", async () => ({ products: listProducts().map(toSummary) }));

  app.get<{ Params: { slug: string } }>("/api/v3/policy/meta/:slug/", async (request) => toMeta(requireProduct(request.params.slug)));

  app.get<{ Params: { slug: string; name: string } }>("/api/v3/products/:slug/attachments/:name/", async (request, reply) => {
    const document = await productDocument(ctx, requireProduct(request.params.slug), request.params.name);
    reply.type("application/pdf").header("content-disposition", contentDisposition("inline", document.filename));
    return document.body;
  });
}

export function requireProduct(slug: string) {
  const product = getProduct(slug);
  if (!product) throw notFound(`There is no product called "${slug}".`);
  return product;
}
