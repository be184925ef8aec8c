"use client";

import { useLayoutEffect, useRef, useState, type RefObject } from "react";

/** Whether a control the server rendered was changed in the page before its script ran: it differs from the HTML. */
export function changedInPage(control: Element | null): boolean {
  if (control instanceof HTMLSelectElement) {
    const first = [...control.options].find((o) => o.defaultSelected) ?? control.options[0];
    return control.value !== (first?.value ?? "");
  }
  if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio"))
    return control.checked !== control.defaultChecked;
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)
    return control.value !== control.defaultValue;
  return false;
}

/**
 * Once, as a field mounts and before any effect writes the form's state into its controls, `adopt` takes into that
 * state what the person did to the server's HTML before the page's script ran (a slow phone). Hydration keeps it in the
 * page but not in the state, which would otherwise be written back over it: text wiped, a tick taken off.
 */
export function useEarlyInput(adopt: () => void): void {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current) return;
    done.current = true;
    adopt();
  });
}

/**
 * useEarlyInput as a ref callback, with no effect to run after every render (a long form has many fields): `adopt`
 * gets the element once, as it first attaches, which is as the field mounts.
 */
export function useEarlyRef<T extends Element>(adopt: (element: T) => void): (element: T | null) => void {
  const [ref] = useState(() => {
    let done = false;
    return (element: T | null) => {
      if (!element || done) return;
      done = true;
      adopt(element);
    };
  });
  return ref;
}

type TextBox = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** useEarlyInput for a box of text (or a select): `take` gets its text when the person changed it that early. */
export function useEarlyText(box: RefObject<TextBox | null>, take: (text: string) => void): void {
  useEarlyInput(() => {
    if (box.current && changedInPage(box.current)) take(box.current.value);
  });
}
