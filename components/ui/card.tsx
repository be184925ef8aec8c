import { useId, type ReactNode } from "react";

type CardProps = {
  children: ReactNode;
  /** Optional heading; the card is then a region named by it. */
  title?: string;
  headingLevel?: 2 | 3;
  className?: string;
};

export function Card({ children, title, headingLevel = 2, className = "" }: CardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const classes = `rounded-lg border border-line bg-white p-5 shadow-sm sm:p-8 ${className}`.trim();
  if (!title) return <div className={classes}>{children}</div>;
  return (
    <section className={classes} aria-labelledby={headingId}>
      <Heading id={headingId} className="mb-4 text-xl font-bold text-ink">
        {title}
      </Heading>
      {children}
    </section>
  );
}
