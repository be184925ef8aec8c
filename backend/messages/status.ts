import arabic from "../../messages/ar.json" with { type: "json" };
import type { Locale } from "../../contract/locales";

/** Statuses by name (as contract/statuses writes them) in each language: the web app's `status` words. */
const STATUS_WORDS: Record<Locale, Record<string, string>> = { en: {}, ar: arabic.status };

/** A status's name in a language (the English name where it has none). */
export const statusIn = (locale: Locale, name: string) => STATUS_WORDS[locale][name] ?? name;
