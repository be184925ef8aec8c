import type { Meta, ProductSummary } from "@/contract/journey";
import { bicycle } from "./bicycle";
import { parseProduct, type ProductDefinition } from "./definition";
import { homeContents } from "./home-contents";
import { travel } from "./travel";

// Parsed once at module load: a broken definition stops the server at start-up, naming the product and path.
const PRODUCTS: ProductDefinition[] = [travel, bicycle, homeContents].map(parseProduct);
const BY_SLUG = new Map(PRODUCTS.map((p) => [p.slug, p]));
if (BY_SLUG.size !== PRODUCTS.length) throw new Error("Two products share a slug");

export function listProducts(): ProductDefinition[] {
  return [...PRODUCTS];
}

export function getProduct(slug: string): ProductDefinition | undefined {
  return BY_SLUG.get(slug);
}

export function toSummary(p: ProductDefinition): ProductSummary {
  return { slug: p.slug, name: p.name, description: p.description, image: p.image };
}

export function toMeta(p: ProductDefinition): Meta {
  const step = (f: ProductDefinition["forms"][number]) => ({ id: f.form_id, title: f.form_name });
  return {
    name: p.name,
    intro: { ...p.intro },
    terms_and_conditions: { ...p.terms_and_conditions },
    attachments: { ...p.attachments },
    form_sequence: p.forms.map(step),
    renewal_form_sequence: p.forms.filter((f) => p.renewal_form_ids.includes(f.form_id)).map(step),
    can_email_continue_link: true,
  };
}
