"use client";

import { useEffect } from "react";

/**
 * Moves focus to the page's main heading when a journey page appears, so keyboard and screen
 * reader users start at the new step instead of the top of the document.
 */
export function FocusHeading() {
  useEffect(() => {
    const active = document.activeElement;
    // Something on the page already took focus on purpose (e.g. an error summary): leave it.
    if (active && active !== document.body && document.querySelector("main")?.contains(active)) return;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading) return;
    heading.tabIndex = -1;
    // Focused only to orient the reader: no focus ring on a heading that is not a control.
    heading.classList.add("outline-none", "shadow-none");
    heading.focus({ preventScroll: true });
  }, []);
  return null;
}
