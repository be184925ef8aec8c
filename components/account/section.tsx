import type { ReactNode } from "react";

type SectionProps = { id: string; title: string; children: ReactNode; description?: ReactNode };

/** A titled part of the policy page: a region named by its h2. */
export function Section({ id, title, children, description }: SectionProps) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-white p-5 sm:p-6">
      <h2 id={`${id}-title`} className="mb-3 text-xl font-bold">{title}</h2>
      {description ? <div className="mb-4 text-muted">{description}</div> : null}
      {children}
    </section>
  );
}

/** Label and value pairs, stacked on phones and side by side from small screens. */
export function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="divide-y divide-line">
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{label}</dt>
          <dd className="break-words sm:col-span-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
