import "server-only";
import { headers } from "next/headers";
import { translator, type Namespace, type Translate } from "./catalogue";
import { dirOf, INTL_TAG, localeOf, type Locale } from "./locales";

/** The request's language: the person's choice (cookie), else their Accept-Language. */
export async function getLocale(): Promise<Locale> {
  return localeOf(await headers());
}

/** A server component's translator for one namespace of messages/<locale>.json. */
export async function getT(namespace: Namespace): Promise<Translate> {
  return translator(await getLocale(), namespace);
}

/** What a page needs to write in its language: the locale, its Intl tag and direction. */
export async function getLanguage(): Promise<{ locale: Locale; tag: string; dir: "rtl" | "ltr" }> {
  const locale = await getLocale();
  return { locale, tag: INTL_TAG[locale], dir: dirOf(locale) };
}
