import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { notFound } from "../http/errors";
import { getProduct, listProducts, toMeta, toSummary } from "../products";

export function productRoutes(app: FastifyInstance, _ctx: AppContext) {
  app.get("/api/v3/products/", async () => ({ products: listProducts().map(toSummary) }));

  app.get<{ Params: { slug: string } }>("/api/v3/policy/meta/:slug/", async (request) => toMeta(requireProduct(request.params.slug)));

  app.get<{ Params: { slug: string; name: string } }>("/api/v3/products/:slug/attachments/:name/", async (request, reply) => {
    const product = requireProduct(request.params.slug);
    if (request.params.name !== "terms_and_conditions") throw notFound(`${product.name} has no document called "${request.params.name}".`);
    reply
      .type("text/plain; charset=utf-8")
      .header("content-disposition", `inline; filename="${product.slug}-terms-and-conditions.txt"`);
    return `${product.name}: terms and conditions\n\n${product.terms_and_conditions.long}\n`;
  });
}

export function requireProduct(slug: string) {
  const product = getProduct(slug);
  if (!product) throw notFound(`There is no product called "${slug}".`);
  return product;
}
