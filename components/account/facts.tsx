import type { ReactNode } from "react";

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
