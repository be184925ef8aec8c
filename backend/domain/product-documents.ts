import type { AppContext } from "../context";
import { notFound } from "./errors";
import type { ProductDefinition } from "../products/definition";
import { productInformationPdf, termsPdf } from "../documents";
import { INSURER } from "./policy-documents";

const RENDER = { terms_and_conditions: termsPdf, insurance_product_information: productInformationPdf };

/** A document every visitor may read about a product: its terms, or its product information. */
export async function productDocument(ctx: AppContext, product: ProductDefinition, name: string) {
  if (!Object.hasOwn(RENDER, name) || !product.attachments[name]) throw notFound(`${product.name} has no document called "${name}".`);
  const render = RENDER[name as keyof typeof RENDER];
  const body = await render({
    insurer: INSURER,
    issuedAt: ctx.now(),
    product: { name: product.name, description: product.description, terms: product.terms_and_conditions, information: product.product_information },
  });
  return { body, filename: `${product.slug}-${name.replace(/_/g, "-")}.pdf` };
}
