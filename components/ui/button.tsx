"use client";

import type { ButtonHTMLAttributes, MouseEvent, Ref } from "react";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "link";

const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-md text-base font-semibold transition-colors " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-busy:cursor-progress";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 px-6 py-3 text-white shadow-sm hover:bg-brand-800 active:bg-brand-900",
  secondary: "border-2 border-brand-700 bg-white px-5 py-2.5 text-brand-800 hover:bg-brand-50 active:bg-brand-100",
  link: "min-h-11 px-1 py-2 font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 hover:decoration-2",
};

/** The button look for things that are links (e.g. a Next `<Link>` styled as a button). */
export function buttonClasses(variant: ButtonVariant = "primary", className = ""): string {
  return `${base} ${variants[variant]} ${className}`.trim();
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  /** Shows a spinner and ignores presses, but stays focusable (unlike `disabled`). */
  loading?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({ variant = "primary", loading = false, type = "button", className = "", onClick, children, ...rest }: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }
  return (
    <button
      type={type}
      aria-busy={loading || undefined}
      aria-disabled={loading || undefined}
      onClick={handleClick}
      className={buttonClasses(variant, className)}
      {...rest}
    >
      {loading ? <Spinner /> : null}
      {children}
    </button>
  );
}
