"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Alert, type AlertTone } from "@/components/ui/alert";

type FocusedAlertProps = { tone: AlertTone; title?: string; children?: ReactNode; className?: string };

/**
 * An alert that takes focus when it appears, so keyboard and screen reader users meet it at once.
 * Give it a new `key` to show (and focus) the same message again.
 */
export function FocusedAlert({ tone, title, children, className = "" }: FocusedAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`rounded-md outline-none focus-visible:ring-4 focus-visible:ring-focus ${className}`.trim()}
    >
      <Alert tone={tone} title={title}>
        {children}
      </Alert>
    </div>
  );
}
