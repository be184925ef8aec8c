import type { Translate } from "@/lib/i18n/catalogue";
import { servedOnlyInEnglish } from "@/lib/i18n/served-language";

/** Said when the person chose another language and the API answered this product in English only. */
export function EnglishOnly({ locale, t }: { locale: string; t: Translate }) {
  if (!servedOnlyInEnglish(locale)) return null;
  return (
    <p lang="en" dir="ltr" className="mb-6 rounded-md border-s-4 border-warning bg-warning-bg p-4">
      {t("englishOnly")}
    </p>
  );
}
