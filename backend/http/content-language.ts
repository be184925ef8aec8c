import type { FastifyInstance, FastifyRequest } from "fastify";
import { negotiate } from "@/contract/locales";
import { bicycleArabic } from "../products/translations/bicycle-ar";

/** Each product's texts in other languages (English text -> translation); a product not listed is English only. */
const TRANSLATIONS: Record<string, Partial<Record<string, Record<string, string>>>> = {
  bicycle: { ar: bicycleArabic },
};
/** The answers that carry a product's texts: its meta, its steps (submit loop), the products list. */
const PRODUCT_PATH = /^\/api\/v3\/policy\/(?:submit|meta)\/([^/?]+)\//;
const LIST_PATH = /^\/api\/v3\/products\/(?:\?|$)/;

function translate(value: unknown, texts: Record<string, string>): unknown {
  if (typeof value === "string") return texts[value] ?? value;
  if (Array.isArray(value)) return value.map((v) => translate(v, texts));
  if (value && typeof value === "object") {
    // Names, ids and answers are data, not text: only the keys people read are translated.
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, READABLE.has(k) || typeof v === "object" ? translate(v, texts) : v]),
    );
  }
  return value;
}
const READABLE = new Set(["title", "help_text", "label", "form_name", "placeholder", "content", "name", "description"]);
READABLE.add("short").add("long");

function translatedJson(payload: string, texts: Record<string, string>): string {
  try {
    return JSON.stringify(translate(JSON.parse(payload), texts));
  } catch {
    return payload;
  }
}

/**
 * Our extension: a product's forms, choices, intro and terms in the language the request's Accept-Language asks
 * for, when the product has it; otherwise English. `Content-Language` says which one the answer is in.
 */
export function installContentLanguage(app: FastifyInstance) {
  app.addHook("onSend", async (request: FastifyRequest, reply, payload) => {
    const url = request.url;
    const slug = PRODUCT_PATH.exec(url)?.[1];
    const list = LIST_PATH.test(url);
    if (!slug && !list) return payload;
    const locale = negotiate(request.headers["accept-language"]);
    if (locale === "en") {
      reply.header("content-language", "en");
      return payload;
    }
    const texts = slug
      ? TRANSLATIONS[slug]?.[locale]
      : Object.assign({}, ...Object.values(TRANSLATIONS).map((t) => t[locale] ?? {}));
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
