import "server-only";
import type { AnswerOptions } from "@/lib/format/answer";
import { translator } from "./catalogue";
import { INTL_TAG, type Locale } from "./locales";
import { getLocale } from "./server";

type AnswerLanguage = NonNullable<AnswerOptions["language"]>;

/** How answers are written in a language: its Intl tag and its words for yes, no and nothing. */
export function answerLanguageIn(locale: Locale): AnswerLanguage {
  const t = translator(locale, "pages");
  return {
    tag: INTL_TAG[locale],
    words: { yes: t("answerYes"), no: t("answerNo"), notGiven: t("answerNotGiven"), none: t("answerNone") },
  };
}

/** How answers are written on this request's page. */
export async function answerLanguage(): Promise<AnswerLanguage> {
  return answerLanguageIn(await getLocale());
}
