"use client";

import { useRef } from "react";
import { controlClasses } from "@/components/ui/control-classes";
import { LabelledControl } from "@/components/ui/labelled-control";
import { useEarlyText } from "@/lib/early-input";

type NoteFieldProps = { id: string; label: string; value: string; onChange: (value: string) => void; rows: number };

/** A free-text reason or comment for a policy action (at most 500 characters). */
export function NoteField({ id, label, value, onChange, rows }: NoteFieldProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  // Written before the page's script ran: the box has it, the caller's state doesn't yet.
  useEarlyText(box, onChange);
  return (
    <LabelledControl htmlFor={id} label={label}>
      <textarea
        ref={box}
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
