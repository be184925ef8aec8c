import type { ReactNode } from "react";
import { FOCUS_TARGET } from "./focus-target";

type PageHeaderProps = {
  title: string;
  /** A short line above the title, e.g. the product name. */
  eyebrow?: string;
  description?: ReactNode;
  children?: ReactNode;
  /**
   * The page has FocusHeading: the heading comes from the server focusable by script and without a focus ring, so
   * FocusHeading only has to focus it (no style change on the client to recalculate first).
   */
  focusTarget?: boolean;
};

export function PageHeader({ title, eyebrow, description, children, focusTarget = false }: PageHeaderProps) {
  return (
    <header className="mb-8">
      {eyebrow ? <p className="mb-2 text-base font-semibold text-muted">{eyebrow}</p> : null}
      <h1
        tabIndex={focusTarget ? -1 : undefined}
        className={`text-3xl font-bold tracking-tight text-ink sm:text-4xl${focusTarget ? ` ${FOCUS_TARGET}` : ""}`}
      >
        {title}
      </h1>
      {description ? <div className="mt-3 max-w-prose text-lg text-muted">{description}</div> : null}
      {children ? <div className="mt-5">{children}</div> : null}
    </header>
  );
}
