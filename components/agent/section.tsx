import type { ReactNode } from "react";

/** A titled part of a page. Not a landmark: its tables and actions are the named regions inside. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="mt-10">
      <h2 id={`${id}-heading`} className="mb-4 text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}
