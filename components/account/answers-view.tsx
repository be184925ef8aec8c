import type { ReviewRow } from "@/lib/journey/review";
import type { AnswerSection } from "@/lib/account/answers";
import { Section } from "./section";

function Rows({ rows }: { rows: ReviewRow[] }) {
  return (
    <dl className="divide-y divide-line">
      {rows.map((row, i) => (
        <div key={`${row.label}-${i}`} className="grid gap-1 py-2 sm:grid-cols-2 sm:gap-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="break-words">
            {row.items ? (
              row.items.length === 0 ? "None" : (
                <ol className="space-y-2">
                  {row.items.map((item, j) => (
                    <li key={j} className="rounded-md border border-line px-3">
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

/** The answers given when buying, step by step. */
export function AnswersView({ sections }: { sections: AnswerSection[] }) {
  if (sections.length === 0) return null;
  return (
    <Section id="answers" title="Your answers">
      <div className="space-y-6">
        {sections.map((section) => (
          <div key={section.id}>
            <h3 className="mb-1 text-lg font-bold">{section.title}</h3>
            <Rows rows={section.rows} />
          </div>
        ))}
      </div>
    </Section>
  );
}
