import { ProgressBar } from "./progress-bar";

type Step = { id: string; title: string };
type StepIndicatorProps = { steps: Step[]; currentId: string; className?: string };

/** "Step k of n" with the titles; nothing when the current form is not a numbered step (e.g. a code check). */
export function StepIndicator({ steps, currentId, className = "" }: StepIndicatorProps) {
  const index = steps.findIndex((step) => step.id === currentId);
  if (index < 0) return null;
  const label = `Step ${index + 1} of ${steps.length}`;
  return (
    <nav aria-label="Progress" className={`mb-6 ${className}`.trim()}>
      <p className="text-base font-semibold text-muted">{label}</p>
      <ProgressBar value={index + 1} max={steps.length} label={label} className="mt-2" />
      <ol className="mt-3 hidden flex-wrap gap-x-6 gap-y-1 text-sm sm:flex">
        {steps.map((step, i) => (
          <li
            key={step.id}
            aria-current={i === index ? "step" : undefined}
            className={i === index ? "font-bold text-brand-800" : i < index ? "text-ink" : "text-muted"}
          >
            <span className="sr-only">{i < index ? "Done: " : i === index ? "Current: " : "To do: "}</span>
            {step.title}
          </li>
        ))}
      </ol>
    </nav>
  );
}
