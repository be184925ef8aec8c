import { getLanguage, getT } from "@/lib/i18n/server";
import { EnglishOnly } from "./english-only";
import { StepViewBody, type StepViewProps } from "./step-view-body";

/** A step of the quote, on the server: in the page's language, saying so when the product is English only. */
export async function StepView(props: StepViewProps) {
  const [t, pages, { locale }] = await Promise.all([getT("step"), getT("pages"), getLanguage()]);
  return <StepViewBody {...props} t={t} notice={<EnglishOnly locale={locale} t={pages} />} />;
}
