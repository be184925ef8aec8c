import type { ReactNode } from "react";

type LabelledControlProps = {
  /** The control's id, which the label points at. */
  htmlFor: string;
  label: ReactNode;
  /** The larger label of a page's main form (sign-in). */
  large?: boolean;
  /** The one input, textarea or select. */
  children: ReactNode;
};

/** A plain label above one control, for the small forms outside the form renderer (agent actions, dev pages). */
export function LabelledControl({ htmlFor, label, large = false, children }: LabelledControlProps) {
  return (
    <div className="space-y-2">
      <label htmlFor={htmlFor} className={large ? "block text-lg font-semibold" : "block font-semibold"}>
        {label}
      </label>
      {children}
    </div>
  );
}
