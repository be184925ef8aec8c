import { getLanguage, getT } from "@/lib/i18n/server";
import { EnglishOnly } from "./english-only";
import { StepViewBody, type StepViewProps } from "./step-view-body";

// Both step routes (a product's first step, /products/<slug>/apply, and a quote's, /quote/<n>/<step>) import the
// step's views from here, so their pages hold the same client modules and the build gives them the same chunks: the
// first Continue, which moves from the one route to the other, then loads no JavaScript (with StashedStep only on the
// quote's route, each route had a chunk of its own of the same 34 KB).
export { StashedStep } from "./stashed-step";

/** A step of the quote, on the server: in the page's language, saying so when the product is English only. */
export async function StepView(props: StepViewProps) {
  const [t, pages, { locale }] = await Promise.all([getT("step"), getT("pages"), getLanguage()]);
  return <StepViewBody {...props} t={t} notice={<EnglishOnly locale={locale} t={pages} />} />;
}
