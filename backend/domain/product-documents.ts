import type { AppContext } from "../context";
import { notFound } from "./errors";
import type { ProductDefinition } from "../products/definition";
import { INSURER } from "./policy-documents";

const NAMES = ["terms_and_conditions", "insurance_product_information"] as const;

/** A document every visitor may read about a product: its terms, or its product information. */
export async function productDocument(ctx: AppContext, product: ProductDefinition, name: string) {
  const known = NAMES.find((n) => n === name);
  if (!known || !product.attachments[name]) throw notFound(`${product.name} has no document called "${name}".`);
  const body = await ctx.documents.productDocument(known, {
    insurer: INSURER,
    issuedAt: ctx.now(),
    product: {
      name: product.name,
      description: product.description,
      terms: product.terms_and_conditions,
      information: product.product_information,
    },
  });
  return { body, filename: `${product.slug}-${name.replace(/_/g, "-")}.pdf` };
}
