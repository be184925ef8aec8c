import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "error";

const tones: Record<AlertTone, string> = {
  info: "border-brand-700 bg-info-bg",
  success: "border-success bg-success-bg",
  warning: "border-warning bg-warning-bg",
  error: "border-danger bg-danger-bg",
};

const titleColour: Record<AlertTone, string> = {
  info: "text-brand-900",
  success: "text-success",
  warning: "text-warning",
  error: "text-danger",
};

type AlertProps = { tone?: AlertTone; title?: string; children?: ReactNode; className?: string };

/** Errors and warnings interrupt (role=alert); information and success wait their turn (role=status). */
export function Alert({ tone = "info", title, children, className = "" }: AlertProps) {
  const role = tone === "error" || tone === "warning" ? "alert" : "status";
  return (
    <div role={role} className={`rounded-md border-s-4 p-4 text-ink ${tones[tone]} ${className}`.trim()}>
      {title ? <p className={`font-bold ${titleColour[tone]}`}>{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
