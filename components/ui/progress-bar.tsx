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
      {/*
        The fill's width is an SVG attribute, not a style: the pages' Content Security Policy blocks style attributes
        in server-rendered HTML. Filled from the start edge: the right in a right-to-left page.
      */}
      <svg aria-hidden="true" className="block h-full w-full rtl:-scale-x-100">
        <rect width={`${percent}%`} height="100%" rx="4" className="fill-brand-700" />
      </svg>
    </div>
  );
}
