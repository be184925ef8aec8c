import type { ReactNode } from "react";

type SectionProps = {
  id: string;
  title: string;
  children: ReactNode;
  description?: ReactNode;
  /**
   * card: a bordered region named by its h2 (the account's policy page). plain: a heading and its content,
   * not a landmark, for pages whose tables and actions are the named regions inside (the agent console).
   */
  variant?: "card" | "plain";
};

/** A titled part of a page. */
export function Section({ id, title, children, description, variant = "card" }: SectionProps) {
  if (variant === "plain") {
    return (
      <section className="mt-10">
        <h2 id={`${id}-heading`} className="mb-4 text-2xl font-bold">
          {title}
        </h2>
        {description ? <div className="mb-4 text-muted">{description}</div> : null}
        {children}
      </section>
    );
  }
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-white p-5 sm:p-6">
      <h2 id={`${id}-title`} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {description ? <div className="mb-4 text-muted">{description}</div> : null}
      {children}
    </section>
  );
}
