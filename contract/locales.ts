/** The languages the web app speaks. The first is the default; add a language here and in messages/. */
export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "locale";

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ar: "العربية" };
const RTL = new Set<string>(["ar"]);

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
export const dirOf = (locale: Locale): "rtl" | "ltr" => (RTL.has(locale) ? "rtl" : "ltr");

/** The tag given to Intl: British English; Arabic with Latin digits everywhere (forms are typed in them too). */
export const INTL_TAG: Record<Locale, string> = { en: "en-GB", ar: "ar-u-nu-latn" };

/** The best of our languages for an Accept-Language header (q-values honoured), or the default. */
export function negotiate(acceptLanguage: string | null | undefined): Locale {
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { base: tag.toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), i };
    })
    .filter((w) => w.base && w.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return wanted.map((w) => w.base).find(isLocale) ?? DEFAULT_LOCALE;
}

function cookieValue(cookieHeader: string | null | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The language the person chose with the switcher (the cookie), if they did. */
export function chosenLocaleOf(headers: Headers): Locale | undefined {
  const chosen = cookieValue(headers.get("cookie"), LOCALE_COOKIE);
  return isLocale(chosen) ? chosen : undefined;
}

/** The person's choice (the cookie), else their browser's Accept-Language. */
export function localeOf(headers: Headers): Locale {
  return chosenLocaleOf(headers) ?? negotiate(headers.get("accept-language"));
}
