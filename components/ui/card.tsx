import type { ReactNode } from "react";

type CardProps = {
  children: ReactNode;
  /** Optional heading; the card is then a labelled region. */
  title?: string;
  headingLevel?: 2 | 3;
  className?: string;
};

export function Card({ children, title, headingLevel = 2, className = "" }: CardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Tag = title ? "section" : "div";
  return (
    <Tag className={`rounded-lg border border-line bg-white p-5 shadow-sm sm:p-8 ${className}`.trim()}>
      {title ? <Heading className="mb-4 text-xl font-bold text-ink">{title}</Heading> : null}
      {children}
    </Tag>
  );
}
