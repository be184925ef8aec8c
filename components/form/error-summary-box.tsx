"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import { useT } from "@/lib/i18n/client";
import type { SummaryEntry } from "./error-entries";

const FOCUSABLE = "input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

function focusControl(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  const target = element.matches(FOCUSABLE) ? element : (element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
  // Bring the question (label or legend) into view, not just the box.
  (document.querySelector(`label[for="${target.id}"]`) ?? element).scrollIntoView?.({ block: "center" });
  target.focus({ preventScroll: true });
}

type ErrorSummaryProps = { entries: SummaryEntry[]; focusToken: number };

/** "There is a problem": takes focus each time focusToken changes (a failed submit, new server errors). */
export function ErrorSummary({ entries, focusToken }: ErrorSummaryProps) {
  const t = useT("form");
  const box = useRef<HTMLDivElement>(null);
  const handled = useRef(0);
  const present = entries.length > 0;
  // The form's errors can reach this summary a render after the token: focus once both are there.
  useEffect(() => {
    if (focusToken === handled.current || !present || !box.current) return;
    handled.current = focusToken;
    box.current.scrollIntoView?.({ block: "start" });
    box.current.focus({ preventScroll: true });
  }, [focusToken, present]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-md border-4 border-danger bg-white p-4 sm:p-6"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t("problem")}
      </h2>
      <ul className="mt-3 list-none space-y-2">
        {entries.map((entry) => (
          <li key={entry.key}>
            {entry.target ? (
              <a
                href={`#${entry.target}`}
                onClick={(e) => focusControl(e, entry.target!)}
                className="font-semibold text-danger underline"
              >
                {entry.text}
              </a>
            ) : (
              <span className="font-semibold text-danger">{entry.text}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
