"use client";

import { boxClasses } from "@/components/ui/control-classes";
import { changedInPage, useEarlyRef } from "@/lib/early-input";

type Choice = { value: string; label: string };

type ChoiceListProps = {
  /** The field's id: each input is `<id>-<i>`. */
  id: string;
  type: "radio" | "checkbox";
  choices: readonly Choice[];
  checked: (value: string) => boolean;
  onChange: (value: string, on: boolean) => void;
  /** Radios share a name; checkboxes go without one. */
  name?: string;
  disabled?: boolean;
  invalid?: boolean;
  /** The values checked, when the person changed the choices before the page's script ran (lib/early-input.ts). */
  adopt: (checked: string[]) => void;
};

/** The choices of a radio or multiselect field, one labelled input each. */
export function ChoiceList({ id, type, choices, checked, onChange, name, disabled, invalid, adopt }: ChoiceListProps) {
  // The list attaches after its inputs, so it finds them all.
  const list = useEarlyRef<HTMLDivElement>((element) => {
    const inputs = [...element.querySelectorAll("input")];
    if (inputs.some(changedInPage)) adopt(inputs.filter((i) => i.checked).map((i) => i.value));
  });
  return (
    <div ref={list} className="space-y-3">
      {choices.map((choice, i) => (
        // The label holds its box: the whole row is the target, one element fewer per choice.
        <label key={choice.value} htmlFor={`${id}-${i}`} className="flex items-center gap-3 py-1">
          <input
            id={`${id}-${i}`}
            type={type}
            name={name}
            value={choice.value}
            checked={checked(choice.value)}
            onChange={(event) => onChange(choice.value, event.target.checked)}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            className={boxClasses}
          />
          {choice.label}
        </label>
      ))}
    </div>
  );
}
