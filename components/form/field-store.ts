"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { FieldErrors, FieldValues, UseFormReturn } from "react-hook-form";
import { messagesAt } from "./field-messages";

type Listener = () => void;

const NONE: string[] = [];

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Whether a change at `changed` can change the value at `path`: the same path, one inside it, or one around it. */
const touches = (path: string, changed: string) =>
  path === changed || path.startsWith(`${changed}.`) || changed.startsWith(`${path}.`);

/** The top-level field a form-state path is in: "drivers.0.name" → "drivers". */
const topOf = (path: string) => {
  const dot = path.indexOf(".");
  return dot === -1 ? path : path.slice(0, dot);
};

/**
 * The form state as each field needs it, over react-hook-form's own subscriptions: a field reads its own value and
 * messages and re-renders only when those change (a per-field useController/useFormState costs several hooks and a
 * subscription each, which dominated mounting a long form). A keystroke reaches only the listeners of the path it
 * changed, not every field of a long form.
 */
export class FieldStore {
  private errors: FieldErrors = {};
  private server: Record<string, string[]>;
  private submitted = false;
  /** Value listeners by top-level field, then by path. */
  private readonly valueListeners = new Map<string, Map<string, Set<Listener>>>();
  private readonly messageListeners = new Set<Listener>();
  private readonly messageCache = new Map<string, string[]>();

  constructor(
    private readonly form: UseFormReturn<FieldValues>,
    server: Record<string, string[]>,
  ) {
    this.server = server;
  }

  /** Listens to the form; returns the way to stop. */
  connect(): () => void {
    // A value's change names its field; a reset or a whole-form change names none, and every field hears of it.
    const values = this.form.subscribe({
      formState: { values: true },
      callback: ({ name }) => this.notifyValues(typeof name === "string" && name ? name : null),
    });
    const messages = this.form.subscribe({
      formState: { errors: true, isSubmitted: true },
      callback: (state) => {
        this.errors = state.errors ?? {};
        this.submitted = state.isSubmitted ?? false;
        this.notifyMessages();
      },
    });
    return () => {
      values();
      messages();
    };
  }

  setServer(server: Record<string, string[]>): void {
    if (server === this.server) return;
    this.server = server;
    this.notifyMessages();
  }

  value(path: string): unknown {
    return this.form.getValues(path);
  }

  /**
   * A person's edit: after a submit the field is checked again at once, as react-hook-form does for its own. No
   * dirty or touched state: nothing reads it, and working it out can compare the whole form.
   */
  set(path: string, value: unknown): void {
    this.form.setValue(path, value, { shouldValidate: this.submitted });
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

  /** Hears of every change that can touch the value at `path`. */
  subscribeValue(path: string, listener: Listener): () => void {
    const top = topOf(path);
    let paths = this.valueListeners.get(top);
    if (!paths) this.valueListeners.set(top, (paths = new Map()));
    let listeners = paths.get(path);
    if (!listeners) paths.set(path, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && paths.get(path) === listeners) paths.delete(path);
      if (paths.size === 0 && this.valueListeners.get(top) === paths) this.valueListeners.delete(top);
    };
  }

  /** Hears of every change to the messages: the client's checks, the server's, a submit. */
  subscribeMessages = (listener: Listener): (() => void) => {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  };

  // Each listener compares its own snapshot, so only changed fields re-render. A change can touch only paths under
  // its own top-level field, so a keystroke looks at that field's listeners, not every field's.
  private notifyValues(changed: string | null): void {
    const groups = changed === null ? [...this.valueListeners.values()] : [this.valueListeners.get(topOf(changed))];
    for (const paths of groups) {
      if (!paths) continue;
      for (const [path, listeners] of paths) {
        if (changed === null || touches(path, changed)) for (const listener of listeners) listener();
      }
    }
  }

  private notifyMessages(): void {
    for (const listener of this.messageListeners) listener();
  }
}

/** A field's value, re-read when a change can touch it; re-renders only when it is a different value. */
export function useFieldValue(store: FieldStore, path: string): unknown {
  const subscribe = useCallback((listener: Listener) => store.subscribeValue(path, listener), [store, path]);
  const read = useCallback(() => store.value(path), [store, path]);
  return useSyncExternalStore(subscribe, read, read);
}

/** A field's messages (see FieldStore.messages). */
export function useFieldMessages(store: FieldStore, path: string, isGroup = false): string[] {
  const read = useCallback(() => store.messages(path, isGroup), [store, path, isGroup]);
  return useSyncExternalStore(store.subscribeMessages, read, read);
}
