"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { FieldErrors, FieldValues, UseFormReturn } from "react-hook-form";
import { messagesAt } from "./field-messages";

type Listener = () => void;

const NONE: string[] = [];

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The form state as each field needs it, over ONE subscription to react-hook-form: a field reads its own value and
 * messages and re-renders only when those change (a per-field useController/useFormState costs several hooks and a
 * subscription each, which dominated mounting a long form).
 */
export class FieldStore {
  private errors: FieldErrors = {};
  private server: Record<string, string[]>;
  private submitted = false;
  private readonly listeners = new Set<Listener>();
  private readonly messageCache = new Map<string, string[]>();

  constructor(
    private readonly form: UseFormReturn<FieldValues>,
    server: Record<string, string[]>,
  ) {
    this.server = server;
  }

  /** Listens to the form; returns the way to stop. */
  connect(): () => void {
    return this.form.subscribe({
      formState: { values: true, errors: true, isSubmitted: true },
      callback: (state) => {
        this.errors = state.errors ?? {};
        this.submitted = state.isSubmitted ?? false;
        this.notify();
      },
    });
  }

  setServer(server: Record<string, string[]>): void {
    if (server === this.server) return;
    this.server = server;
    this.notify();
  }

  value(path: string): unknown {
    return this.form.getValues(path);
  }

  /** A person's edit: after a submit the field is checked again at once, as react-hook-form does for its own. */
  set(path: string, value: unknown): void {
    this.form.setValue(path, value, { shouldDirty: true, shouldTouch: true, shouldValidate: this.submitted });
  }

  /** The client's own check first, else what the server said; the same array while nothing changed. */
  messages(path: string, isGroup = false): string[] {
    const key = isGroup ? `${path}#group` : path;
    const next = messagesAt(this.errors, this.server, path, isGroup);
    const previous = this.messageCache.get(key) ?? NONE;
    if (sameList(previous, next)) return previous;
    this.messageCache.set(key, next);
    return next;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  // Every listener hears of every change; each compares its own snapshot, so only changed fields re-render.
  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** A field's value, re-read when the form changes; re-renders only when it is a different value. */
export function useFieldValue(store: FieldStore, path: string): unknown {
  const read = useCallback(() => store.value(path), [store, path]);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** A field's messages (see FieldStore.messages). */
export function useFieldMessages(store: FieldStore, path: string, isGroup = false): string[] {
  const read = useCallback(() => store.messages(path, isGroup), [store, path, isGroup]);
  return useSyncExternalStore(store.subscribe, read, read);
}
