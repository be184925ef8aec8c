import { AnswerRows, type AnswerRowWords } from "@/components/ui/answer-rows";
import Link from "next/link";
import type { ReviewSection } from "@/lib/journey/review";

type ReviewAnswersProps = {
  sections: ReviewSection[];
  changeHref: (stepId: string) => string;
  /** "Change", "None" and "Item", in the page's language. */
  words: AnswerRowWords & { change: string };
};

/** Every answer, step by step, each step with a link to change it. */
export function ReviewAnswers({ sections, changeHref, words }: ReviewAnswersProps) {
  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <section key={section.title} className="rounded-lg border border-line bg-white p-5 sm:p-6">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-xl font-bold">{section.title}</h2>
            {section.stepId ? (
              <Link
                href={changeHref(section.stepId)}
                className="inline-flex min-h-11 items-center font-semibold print:hidden"
              >
                {words.change}
                <span className="sr-only">{` ${section.title.toLowerCase()}`}</span>
              </Link>
            ) : null}
          </div>
          <AnswerRows rows={section.rows} words={words} />
        </section>
      ))}
    </div>
  );
}
