import type { FieldProps } from "../field-props";

/** Static text between questions. Shown as plain text (never as HTML): blank lines start paragraphs. */
export function ContentField({ field }: Pick<FieldProps, "field">) {
  const paragraphs = (field.content ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className="max-w-prose space-y-3">
      {field.title ? <h2 className="text-xl font-bold">{field.title}</h2> : null}
      {paragraphs.map((text, i) => (
        <p key={i} className="whitespace-pre-line">
          {text}
        </p>
      ))}
    </div>
  );
}
