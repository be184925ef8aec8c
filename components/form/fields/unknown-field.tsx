import type { FieldProps } from "../field-props";

/** A type this app does not know: say so plainly and keep the rest of the form usable. */
export function UnknownField({ field }: FieldProps) {
  return (
    <div className="rounded-md border-l-4 border-warning bg-warning-bg p-4">
      {field.title ? <p className="font-semibold">{field.title}</p> : null}
      <p>This question can&apos;t be shown here (type {field.type}). Please contact us to finish your application.</p>
    </div>
  );
}
