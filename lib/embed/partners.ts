/**
 * The partners whose sites may embed the journey, from `EMBED_PARTNERS` (JSON):
 * `[{"id": "bike-shop", "name": "Ride On Bikes", "origins": ["https://rideon.example"], "products": ["bicycle"]}]`.
 * `products` absent: every product. Read in proxy.ts as well as pages, so no server-only imports here.
 */
export type Partner = { id: string; name: string; origins: string[]; products?: string[] };

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

function originOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, "") ? url.origin : null;
  } catch {
    return null;
  }
}

/** The partners in `raw`; throws a plain sentence for a list that can't be read (a typo must not open framing). */
export function parsePartners(raw: string | undefined): Partner[] {
  if (!raw?.trim()) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    throw new Error("EMBED_PARTNERS is not JSON: give a list of {id, name, origins, products}.");
  }
  if (!Array.isArray(list)) throw new Error("EMBED_PARTNERS must be a JSON list of partners.");
  return list.map((item: Record<string, unknown>, i) => {
    const id = item?.id;
    if (typeof id !== "string" || !ID.test(id))
      throw new Error(`EMBED_PARTNERS[${i}].id must be lower-case letters, digits and dashes.`);
    const origins = Array.isArray(item.origins) ? item.origins.map(originOf) : [];
    if (origins.length === 0 || origins.some((o) => o === null))
      throw new Error(`EMBED_PARTNERS[${i}].origins must list origins such as "https://shop.example" (no path).`);
    const name = typeof item.name === "string" && item.name.trim() ? item.name.trim() : id;
    const products = Array.isArray(item.products) ? item.products.filter((p) => typeof p === "string") : undefined;
    return { id, name, origins: origins as string[], ...(products ? { products } : {}) };
  });
}

let cached: { raw: string | undefined; partners: Partner[] } | null = null;

export function partners(): Partner[] {
  const raw = process.env.EMBED_PARTNERS;
  if (cached === null || cached.raw !== raw) cached = { raw, partners: parsePartners(raw) };
  return cached.partners;
}

export function findPartner(id: string | undefined | null): Partner | undefined {
  return id ? partners().find((p) => p.id === id) : undefined;
}

export const sellsProduct = (partner: Partner, slug: string) => !partner.products || partner.products.includes(slug);
