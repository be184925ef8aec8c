import { getLanguage, getT } from "@/lib/i18n/server";
import { EnglishOnly } from "./english-only";
import { LiveStep } from "./live-step";
import { StepViewBody, type StepViewProps } from "./step-view-body";

// Both step routes (a product's first step, /products/<slug>/apply, and a quote's, /quote/<n>/<step>) import the
// step's views from here, so their pages hold the same client modules and the build gives them the same chunks: the
// first Continue, which moves from the one route to the other, then loads no JavaScript (with StashedStep only on the
// quote's route, each route had a chunk of its own of the same 34 KB).
export { StashedStep } from "./stashed-step";

type StepViewPageProps = StepViewProps & {
  /** The page's address. */
  at: string;
  /** The product's intro page, when it has one (Back from the first step). */
  intro: string | null;
};

/**
 * A step of the quote, on the server: in the page's language, saying so when the product is English only. The steps
 * after it are drawn in the browser from the submit's answers (LiveStep).
 */
export async function StepView({ at, intro, ...props }: StepViewPageProps) {
  const [t, pages, { locale }] = await Promise.all([getT("step"), getT("pages"), getLanguage()]);
  const notice = <EnglishOnly locale={locale} t={pages} />;
  const { name, form_sequence, can_email_continue_link } = props.meta;
  return (
    <LiveStep
      at={at}
      slug={props.slug}
      meta={{ name, form_sequence, can_email_continue_link }}
      intro={intro}
      notice={notice}
    >
      <StepViewBody {...props} t={t} notice={notice} />
    </LiveStep>
  );
}
