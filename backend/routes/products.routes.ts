import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { notFound } from "../http/errors";
import { serve } from "../http/serve";
import { getProduct, listProducts, toMeta, toSummary } from "../products";
import { productDocument } from "../domain/product-documents";
import { contentDisposition } from "../http/content-disposition";

export function productRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.products, async () => ({ products: listProducts().map(toSummary) }));
  serve(app, endpoints.meta, async (request) => toMeta(requireProduct(request.params.slug)));
  serve(app, endpoints.productAttachment, async (request, reply) => {
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
