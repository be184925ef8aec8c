/*
 * The button look for links, usable from server components. `buttonClasses` in components/ui/button.tsx
 * lives in a "use client" module, so a server component cannot call it; this mirrors it until it moves
 * to a plain module (then this file should just re-export it).
 */
type Variant = "primary" | "secondary" | "link";

const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-md text-base font-semibold no-underline transition-colors";

const variants: Record<Variant, string> = {
  primary: "bg-brand-700 px-6 py-3 text-white shadow-sm hover:bg-brand-800 hover:text-white active:bg-brand-900",
  secondary: "border-2 border-brand-700 bg-white px-5 py-2.5 text-brand-800 hover:bg-brand-50 active:bg-brand-100",
  link: "min-h-11 px-1 py-2 font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 hover:decoration-2",
};

export function linkButton(variant: Variant = "primary", className = ""): string {
  return `${base} ${variants[variant]} ${className}`.trim();
}
