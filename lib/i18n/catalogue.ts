import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import rulesAr from "@/messages/rules/ar.json";
import rulesEn from "@/messages/rules/en.json";
import { formatMessage, type Params } from "@/contract/format/message";
import { INTL_TAG, type Locale } from "./locales";

/** English is the source: every other catalogue has the same namespaces and keys (checked in npm test). */
export type Messages = typeof en & { rules: typeof rulesEn };
export type Namespace = keyof Messages;
export type Translate = (key: string, params?: Params) => string;

export const CATALOGUES: Record<Locale, Messages> = { en: { ...en, rules: rulesEn }, ar: { ...ar, rules: rulesAr } };

/** A namespace's translator; a key missing in the language falls back to English, then to the key itself. */
export function translator(locale: Locale, namespace: Namespace, catalogues = CATALOGUES): Translate {
  const own = catalogues[locale][namespace] as Record<string, string>;
  const fallback = catalogues.en[namespace] as Record<string, string>;
  return (key, params) => formatMessage(own[key] ?? fallback[key] ?? key, params, INTL_TAG[locale]);
}

/** Only the namespaces a page's client components need, to go down as props. */
export function pickMessages<N extends Namespace>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  return Object.fromEntries(namespaces.map((n) => [n, CATALOGUES[locale][n]])) as Pick<Messages, N>;
}
