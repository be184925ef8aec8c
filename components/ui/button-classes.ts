export type ButtonVariant = "primary" | "secondary" | "link";

const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-md text-base font-semibold no-underline transition-colors " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-busy:cursor-progress";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 px-6 py-3 text-white shadow-sm hover:bg-brand-800 hover:text-white active:bg-brand-900",
  secondary: "border-2 border-brand-700 bg-white px-5 py-2.5 text-brand-800 hover:bg-brand-50 active:bg-brand-100",
  link: "min-h-11 px-1 py-2 font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 hover:decoration-2",
};

/** The button look, for buttons and for links styled as buttons; a plain module so server components can use it. */
export function buttonClasses(variant: ButtonVariant = "primary", className = ""): string {
  return `${base} ${variants[variant]} ${className}`.trim();
}
