"use client";

import { useCallback, type ChangeEvent } from "react";
import { fromInput } from "@/contract/rules";
import { changedInPage, useEarlyRef } from "@/lib/early-input";
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
 * what the text already means. All of it is set up as the box attaches (its ref), with no effect of its own: a long
 * form mounts that much faster.
 */
export function useRawInput(field: AnyField, path: string) {
  const { store } = useRenderer();

  /** The box's text into the form's state, as the contract encodes it. */
  const take = useCallback((text: string) => store.set(path, fromInput(field, text)), [store, field, path]);
  const early = useEarlyRef<RawElement>((box) => {
    if (changedInPage(box)) take(box.value);
  });

  const ref = useCallback(
    (box: RawElement | null) => {
      if (!box) return;
      early(box);
      const sync = () => {
        const value = store.value(path);
        if (!same(fromInput(field, box.value), value)) box.value = toText(value);
      };
      sync();
      const stopValue = store.subscribeValue(path, sync);
      const stopTyping = box instanceof HTMLSelectElement ? null : hearTyping(box, () => take(box.value));
      return () => {
        stopValue();
        stopTyping?.();
      };
    },
    [store, field, path, take, early],
  );

  return {
    name: path,
    defaultValue: toText(store.value(path)),
    ref,
    onChange: (event: ChangeEvent<RawElement>) => take(event.target.value),
  };
}
