"use client";

import { useEffect } from "react";
import { FOCUS_TARGET } from "@/components/ui/focus-target";

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
    // A heading drawn with PageHeader's focusTarget is ready; changing nothing spares a style pass before focus().
    if (heading.getAttribute("tabindex") !== "-1") {
      heading.tabIndex = -1;
      heading.classList.add(...FOCUS_TARGET.split(" "));
    }
    heading.focus({ preventScroll: true });
  }, []);
  return null;
}
