import { controlClasses } from "@/components/ui/control-classes";
import { LabelledControl } from "@/components/ui/labelled-control";

type NoteFieldProps = { id: string; label: string; value: string; onChange: (value: string) => void; rows: number };

/** A free-text reason or comment for a policy action (at most 500 characters). */
export function NoteField({ id, label, value, onChange, rows }: NoteFieldProps) {
  return (
    <LabelledControl htmlFor={id} label={label}>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rows}
        maxLength={500}
        className={controlClasses(false)}
      />
    </LabelledControl>
  );
}
