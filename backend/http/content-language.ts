import type { FastifyInstance, FastifyRequest } from "fastify";
import { negotiate } from "@/contract/locales";
import { allProductTexts, productTexts, translated } from "../products/translations";

/** The answers that carry a product's texts: its meta, its steps (submit loop), the products list. */
const PRODUCT_PATH = /^\/api\/v3\/policy\/(?:submit|meta)\/([^/?]+)\//;
const LIST_PATH = /^\/api\/v3\/products\/(?:\?|$)/;

/** The product a request's address names (its meta or submit loop), if any. */
export const productSlugOf = (url: string) => PRODUCT_PATH.exec(url)?.[1];

function translatedJson(payload: string, texts: Record<string, string>): string {
  try {
    return JSON.stringify(translated(JSON.parse(payload), texts));
  } catch {
    return payload;
  }
}

/**
 * Our extension: a product's forms, choices, intro and terms in the language the request's Accept-Language asks
 * for, when the product has it; otherwise English. `Content-Language` says which one the answer is in; the submit
 * loop's errors and outcomes are already worded in that language by the journey (domain/journey/submit.ts).
 */
export function installContentLanguage(app: FastifyInstance) {
  app.addHook("onSend", async (request: FastifyRequest, reply, payload) => {
    const url = request.url;
    const slug = productSlugOf(url);
    const list = LIST_PATH.test(url);
    if (!slug && !list) return payload;
    const locale = negotiate(request.headers["accept-language"]);
    if (locale === "en") {
      reply.header("content-language", "en");
      return payload;
    }
    const texts = slug ? productTexts(slug, locale) : allProductTexts(locale);
    const json = typeof payload === "string" && String(reply.getHeader("content-type")).includes("json");
    if (!texts || !json) {
      reply.header("content-language", "en");
      return payload;
    }
    // The list mixes products: those with the language and those without.
    reply.header("content-language", slug ? locale : `${locale}, en`);
    return translatedJson(payload as string, texts);
  });
}
