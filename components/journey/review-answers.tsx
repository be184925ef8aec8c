import Link from "next/link";
import type { ReviewRow, ReviewSection } from "@/lib/journey/review";

function Rows({ rows }: { rows: ReviewRow[] }) {
  return (
    <dl className="divide-y divide-line">
      {rows.map((row, i) => (
        <div key={`${row.label}-${i}`} className="grid gap-1 py-3 sm:grid-cols-2 sm:gap-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="break-words">
            {row.items ? (
              row.items.length === 0 ? "None" : (
                <ol className="space-y-3">
                  {row.items.map((item, j) => (
                    <li key={j} className="rounded-md border border-line p-3">
                      <p className="sr-only">{`Item ${j + 1}`}</p>
                      <Rows rows={item} />
                    </li>
                  ))}
                </ol>
              )
            ) : (
              row.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

type ReviewAnswersProps = { sections: ReviewSection[]; changeHref: (stepId: string) => string };

/** Every answer, step by step, each step with a link to change it. */
export function ReviewAnswers({ sections, changeHref }: ReviewAnswersProps) {
  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <section key={section.title} className="rounded-lg border border-line bg-white p-5 sm:p-6">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-xl font-bold">{section.title}</h2>
            {section.stepId ? (
              <Link href={changeHref(section.stepId)} className="inline-flex min-h-11 items-center font-semibold">
                Change<span className="sr-only">{` ${section.title.toLowerCase()}`}</span>
              </Link>
            ) : null}
          </div>
          <Rows rows={section.rows} />
        </section>
      ))}
    </div>
  );
}
