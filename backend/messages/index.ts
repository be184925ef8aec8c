import { formatMessage, type Params } from "../../contract/format/message";
import { INTL_TAG, type Locale } from "../../contract/locales";
import { ar } from "./ar";
import { en, type Catalogue } from "./en";

export const CATALOGUES: Record<Locale, Catalogue> = { en, ar };
export type Namespace = keyof Catalogue;

/** A sentence of the backend's own in a language, its placeholders filled (numbers and plurals for the locale). */
export function say<N extends Namespace>(locale: Locale, namespace: N, key: keyof Catalogue[N], params?: Params) {
  return formatMessage(CATALOGUES[locale][namespace][key] as string, params, INTL_TAG[locale]);
}

/** The sayer for one namespace in one language, for a module that writes many of its sentences. */
export function sayer<N extends Namespace>(locale: Locale, namespace: N) {
  return (key: keyof Catalogue[N], params?: Params) => say(locale, namespace, key, params);
}
