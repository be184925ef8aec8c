import type { ReactNode } from "react";

/** A titled part of a page (a region named by its h2). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="mb-4 text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}
