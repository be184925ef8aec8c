import arabic from "../../messages/rules/ar.json" with { type: "json" };
import { ENGLISH_RULES, type RuleLanguage } from "../../contract/rules";
import { INTL_TAG, type Locale } from "../../contract/locales";

/** The rules engine's messages in each language (the same catalogues the web app validates with). */
export const RULE_LANGUAGES: Record<Locale, RuleLanguage> = {
  en: ENGLISH_RULES,
  ar: { tag: INTL_TAG.ar, templates: arabic },
};
