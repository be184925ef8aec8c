import type { ReactNode } from "react";

export type Fact = { term: string; value: ReactNode };

/** Term and value pairs in two columns on wider screens. */
export function FactsList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {facts.map((f) => (
        <div key={f.term} className="contents">
          <dt className="font-semibold">{f.term}</dt>
          <dd className="mb-2 break-words sm:mb-0">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
