type RichTextProps = { text: string | null | undefined; className?: string };

/** Server text as paragraphs: a blank line starts a new one; no HTML is interpreted. */
export function RichText({ text, className = "" }: RichTextProps) {
  const paragraphs = (text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <div className={`max-w-prose space-y-4 ${className}`.trim()}>
      {paragraphs.map((p, i) => (
        <p key={i} className="whitespace-pre-line">
          {p}
        </p>
      ))}
    </div>
  );
}
