import { metaSchema, productsResponseSchema } from "../journey";
import { endpoint } from "./define";

export const productEndpoints = {
  products: endpoint({
    method: "GET",
    path: "/api/v3/products/",
    summary: "List products",
    access: "anonymous",
    kind: "extension",
    response: productsResponseSchema,
    proxy: {},
  }),
  productAttachment: endpoint({
    method: "GET",
    path: "/api/v3/products/:slug/attachments/:name/",
    summary: "A product's document (e.g. the policy wording)",
    access: "anonymous",
    kind: "extension",
    produces: "application/pdf",
    download: "file",
    proxy: { slow: true },
  }),
  meta: endpoint({
    method: "GET",
    path: "/api/v3/policy/meta/:slug/",
    summary: "Product meta data",
    access: "anonymous",
    kind: "contract",
    response: metaSchema,
    proxy: {},
  }),
};
