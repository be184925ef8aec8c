type ProgressBarProps = {
  value: number;
  max?: number;
  /** The accessible name, e.g. "Uploading scan.pdf". */
  label: string;
  className?: string;
};

export function ProgressBar({ value, max = 100, label, className = "" }: ProgressBarProps) {
  const clamped = Math.min(Math.max(value, 0), max);
  const percent = max > 0 ? Math.round((clamped / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.round(clamped)}
      aria-valuetext={max === 100 ? `${percent}%` : undefined}
      className={`h-2 w-full overflow-hidden rounded-full bg-brand-100 ${className}`.trim()}
    >
      {/* Filled from the start edge: the right in a right-to-left page. */}
      <div className="h-full rounded-full bg-brand-700 transition-[width]" style={{ width: `${percent}%` }} />
    </div>
  );
}
