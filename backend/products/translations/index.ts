import { DEFAULT_LOCALE, type Locale } from "../../../contract/locales";
import { bicycleArabic } from "./bicycle-ar";

/** Each product's texts in other languages (English text -> translation); a product not listed is English only. */
const TRANSLATIONS: Record<string, Partial<Record<Locale, Record<string, string>>>> = {
  bicycle: { ar: bicycleArabic },
};

/** A product's texts in a language, or null when the product isn't offered in it (English needs none). */
export function productTexts(slug: string, locale: Locale): Record<string, string> | null {
  return TRANSLATIONS[slug]?.[locale] ?? null;
}

/** Every product's texts in a language, for answers that mix products (the products list). */
export function allProductTexts(locale: Locale): Record<string, string> | null {
  const found = Object.values(TRANSLATIONS).flatMap((t) => (t[locale] ? [t[locale]] : []));
  return found.length ? Object.assign({}, ...found) : null;
}

/** The language a product answers in when `wanted` is asked for: that one if the product has it, else English. */
export function offeredLanguage(slug: string, wanted: Locale): Locale {
  return wanted === DEFAULT_LOCALE || productTexts(slug, wanted) ? wanted : DEFAULT_LOCALE;
}

/** A product text in a language: its translation, or the English when the product has none for it. */
export function productText(slug: string, locale: Locale, english: string): string {
  return productTexts(slug, locale)?.[english] ?? english;
}

/** A product definition's readable texts (titles, labels, help…) replaced by their translations; data kept. */
export function translated<T>(value: T, texts: Record<string, string>): T {
  return translate(value, texts) as T;
}

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
