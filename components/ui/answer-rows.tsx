import type { ReviewRow } from "@/lib/journey/review";

/** "None" and "Item {n}" in the page's language; English unless the page gives its own. */
export type AnswerRowWords = { none: string; item: string };

/** Answers as a description list; a repeating group's items are nested lists of their own. */
export function AnswerRows({ rows, words }: { rows: ReviewRow[]; words: AnswerRowWords }) {
  return (
    <dl className="divide-y divide-line">
      {rows.map((row, i) => (
        <div key={`${row.label}-${i}`} className="grid gap-1 py-3 sm:grid-cols-2 sm:gap-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="break-words">
            {row.items ? (
              row.items.length === 0 ? (
                words.none
              ) : (
                <ol className="space-y-3">
                  {row.items.map((item, j) => (
                    <li key={j} className="rounded-md border border-line p-3">
                      <p className="text-sm font-semibold text-muted">{`${words.item} ${j + 1}`}</p>
                      <AnswerRows rows={item} words={words} />
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
