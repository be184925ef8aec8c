import type { ReactNode } from "react";
import { useT } from "@/lib/i18n/client";

/** What the shell hands the control: its id plus the ARIA wiring to label, help and errors. */
export type ControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export type FieldShellProps = {
  /** The control's id (for `fieldset`: the fieldset's; options derive theirs from it). */
  id: string;
  title: string;
  required?: boolean;
  helpText?: string | null;
  errors?: string[];
  /** control: label above; checkbox: label after the box; fieldset: a legend over a set of options. */
  variant?: "control" | "checkbox" | "fieldset";
  /** For `fieldset`: radiogroup (one choice) or group. */
  role?: "radiogroup" | "group";
  children: (control: ControlProps) => ReactNode;
};

function Required({ id }: { id?: string }) {
  const t = useT("form");
  // Kept out of the label so the accessible name stays exactly the title; aria-required says it instead.
  return (
    <span id={id} aria-hidden="true" className="text-base font-normal text-muted">
      {t("required")}
    </span>
  );
}

function Errors({ id, errors }: { id: string; errors: string[] }) {
  const t = useT("form");
  return (
    <div id={id} className="space-y-1 font-semibold text-danger">
      {errors.map((message) => (
        <p key={message}>
          <span className="sr-only">{t("error")}</span> {message}
        </p>
      ))}
    </div>
  );
}

export function FieldShell(props: FieldShellProps) {
  const { id, title, required = false, helpText, errors = [], variant = "control", role, children } = props;
  const helpId = helpText ? `${id}-help` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const requiredId = required && variant === "fieldset" ? `${id}-required` : undefined;
  const describedBy = [requiredId, helpId, errorId].filter(Boolean).join(" ") || undefined;
  const control: ControlProps = {
    id,
    "aria-describedby": describedBy,
    "aria-invalid": errorId ? true : undefined,
    "aria-required": required && (variant !== "fieldset" || role === "radiogroup") ? true : undefined,
  };
  const frame = `field-frame space-y-2 ${errorId ? "border-s-4 border-danger ps-4" : ""}`;
  const help = helpText ? (
    <p id={helpId} className="text-muted">
      {helpText}
    </p>
  ) : null;
  const errorList = errorId ? <Errors id={errorId} errors={errors} /> : null;

  if (variant === "fieldset") {
    const { id: _id, ...aria } = control;
    return (
      <fieldset id={id} role={role} {...aria} className={frame}>
        <legend className="mb-2 text-lg font-semibold">
          {title} {required ? <Required id={requiredId} /> : null}
        </legend>
        {help}
        {errorList}
        {children({ ...control, "aria-describedby": undefined, "aria-invalid": undefined, "aria-required": undefined })}
      </fieldset>
    );
  }
  if (variant === "checkbox") {
    return (
      <div className={frame}>
        {errorList}
        <div className="flex items-start gap-3">
          {children(control)}
          <div className="pt-1">
            <label htmlFor={id} className="font-semibold">
              {title}
            </label>{" "}
            {required ? <Required /> : null}
            {help}
          </div>
        </div>
      </div>
    );
  }
  // The label alone when nothing sits beside it: one element fewer per field, which a long form feels.
  const label = (
    <label htmlFor={id} className={required ? "text-lg font-semibold" : "block text-lg font-semibold"}>
      {title}
    </label>
  );
  return (
    <div className={frame}>
      {required ? (
        <div className="flex flex-wrap items-baseline gap-x-2">
          {label}
          <Required />
        </div>
      ) : (
        label
      )}
      {help}
      {errorList}
      {children(control)}
    </div>
  );
}
