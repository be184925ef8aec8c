import "server-only";
import { cache } from "react";

/** The languages the API answered this request's calls in (its Content-Language), per server render. */
const served = cache(() => new Set<string>());

export function noteServedLanguage(contentLanguage: string | null): void {
  if (contentLanguage) served().add(contentLanguage.split(",")[0].trim().toLowerCase());
}

/** True when the person asked for another language and the API said it answered in English only. */
export function servedOnlyInEnglish(locale: string): boolean {
  const langs = served();
  return locale !== "en" && langs.has("en") && !langs.has(locale);
}
