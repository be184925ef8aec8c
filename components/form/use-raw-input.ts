"use client";

import { useCallback, useEffect, useRef, type ChangeEvent } from "react";
import { fromInput } from "@/contract/rules";
import { useEarlyText } from "@/lib/early-input";
import type { AnyField } from "./field-props";
import { useRenderer } from "./renderer-context";
import { hearTyping } from "./typing";

type RawElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A text-like control whose form value is the contract's encoding (fromInput) while the box keeps exactly what the
 * person typed: "1." or a trailing space must survive the next keystroke. Uncontrolled: the box holds the text, so a
 * keystroke renders nothing; a change from outside (reset, draft restored) is written into the box unless it is
 * what the text already means.
 */
export function useRawInput(field: AnyField, path: string) {
  const { store } = useRenderer();
  const element = useRef<RawElement | null>(null);

  const sync = useCallback(() => {
    const box = element.current;
    if (!box) return;
    const value = store.value(path);
    if (!same(fromInput(field, box.value), value)) box.value = toText(value);
  }, [store, field, path]);

  /** The box's text into the form's state, as the contract encodes it. */
  const take = useCallback((text: string) => store.set(path, fromInput(field, text)), [store, field, path]);

  const ref = useCallback(
    (box: RawElement | null) => {
      element.current = box;
      if (!box || box instanceof HTMLSelectElement) return;
      const stop = hearTyping(box, () => take(box.value));
      return () => {
        stop();
        element.current = null;
      };
    },
    [take],
  );

  useEarlyText(element, take);

  useEffect(() => {
    sync();
    return store.subscribeValue(path, sync);
  }, [store, path, sync]);

  return {
    name: path,
    defaultValue: toText(store.value(path)),
    ref,
    onChange: (event: ChangeEvent<RawElement>) => take(event.target.value),
  };
}
