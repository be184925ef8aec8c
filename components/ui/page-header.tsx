import type { ReactNode } from "react";

type PageHeaderProps = {
  title: string;
  /** A short line above the title, e.g. the product name. */
  eyebrow?: string;
  description?: ReactNode;
  children?: ReactNode;
};

export function PageHeader({ title, eyebrow, description, children }: PageHeaderProps) {
  return (
    <header className="mb-8">
      {eyebrow ? <p className="mb-2 text-base font-semibold text-muted">{eyebrow}</p> : null}
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{title}</h1>
      {description ? <div className="mt-3 max-w-prose text-lg text-muted">{description}</div> : null}
      {children ? <div className="mt-5">{children}</div> : null}
    </header>
  );
}
