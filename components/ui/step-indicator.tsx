import type { Translate } from "@/lib/i18n/catalogue";
import { ProgressBar } from "./progress-bar";

type Step = { id: string; title: string };
type StepIndicatorProps = { steps: Step[]; currentId: string; t: Translate; className?: string };

/** "Step k of n" with the titles; nothing when the current form is not a numbered step (e.g. a code check). */
export function StepIndicator({ steps, currentId, t, className = "" }: StepIndicatorProps) {
  const index = steps.findIndex((step) => step.id === currentId);
  if (index < 0) return null;
  const label = t("stepOf", { n: index + 1, total: steps.length });
  return (
    <nav aria-label={t("progress")} className={`mb-6 ${className}`.trim()}>
      <p className="text-base font-semibold text-muted">{label}</p>
      <ProgressBar value={index + 1} max={steps.length} label={label} className="mt-2" />
      <ol className="mt-3 hidden flex-wrap gap-x-6 gap-y-1 text-sm sm:flex">
        {steps.map((step, i) => (
          <li
            key={step.id}
            aria-current={i === index ? "step" : undefined}
            className={i === index ? "font-bold text-brand-800" : i < index ? "text-ink" : "text-muted"}
          >
            <span className="sr-only">{t(i < index ? "done" : i === index ? "current" : "toDo")}</span>
            {step.title}
          </li>
        ))}
      </ol>
    </nav>
  );
}
