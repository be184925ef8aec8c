"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { Answers } from "@/contract/form";
import type { ClientErrors, FormCheck, FormValues } from "@/lib/form-values";
import { messagesAt } from "./field-messages";
import { valueAt, withValueAt } from "./value-paths";

type Listener = () => void;
/** Hears of every edit: the path edited, or null when the whole form changed (a reset, a draft restored). */
export type ChangeListener = (path: string | null) => void;

const NONE: string[] = [];
const NO_ERRORS: ClientErrors = {};

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameErrors(a: ClientErrors, b: ClientErrors): boolean {
  const paths = Object.keys(a);
  return paths.length === Object.keys(b).length && paths.every((path) => b[path] && sameList(a[path], b[path]));
}

/** Whether a change at `changed` can change the value at `path`: the same path, one inside it, or one around it. */
const touches = (path: string, changed: string) =>
  path === changed || path.startsWith(`${changed}.`) || changed.startsWith(`${path}.`);

/** The top-level field a form-state path is in: "drivers.0.name" → "drivers". */
const topOf = (path: string) => {
  const dot = path.indexOf(".");
  return dot === -1 ? path : path.slice(0, dot);
};

let lastItemKey = 0;
const newItemKey = () => `item-${++lastItemKey}`;

/**
 * A form's state (its values, the client's messages, whether it was submitted or is being sent) as each field needs
 * it: a field reads its own value and messages and re-renders only when those change, and a keystroke reaches only
 * the listeners of the path it changed, not every field of a long form. The values are replaced, never changed in
 * place, along the path an edit took, so a snapshot a component holds stays as it was.
 *
 * Messages appear at a submit, from `check` (the rules engine); after one, every edit checks the form again at once.
 */
export class FieldStore {
  private values: FormValues;
  private errors: ClientErrors = NO_ERRORS;
  private server: Record<string, string[]>;
  private submitted = false;
  private submitting = false;
  /** Counts resets: a submit that ends after one (its answers took the person to the next step) leaves that alone. */
  private generation = 0;
  /** A group's items' keys, by the group's path: React's keys for them, kept while items are added and removed. */
  private readonly itemKeys = new Map<string, string[]>();
  /** Value listeners by top-level field, then by path. */
  private readonly valueListeners = new Map<string, Map<string, Set<Listener>>>();
  private readonly messageListeners = new Set<Listener>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly statusListeners = new Set<Listener>();
  private readonly messageCache = new Map<string, string[]>();
  /** Counts changes to the messages: what a list of fields subscribes to (useMessagesSeen). */
  private messageChanges = 0;

  constructor(
    values: FormValues,
    server: Record<string, string[]>,
    private readonly check: (values: FormValues) => FormCheck,
  ) {
    this.values = values;
    this.server = server;
  }

  value(path: string): unknown {
    return valueAt(this.values, path);
  }

  /** Every value; a new object after each edit. */
  all = (): FormValues => this.values;

  /** The client's messages; a new object whenever they change. */
  clientErrors = (): ClientErrors => this.errors;

  isSubmitting = (): boolean => this.submitting;

  /** A person's edit. */
  set(path: string, value: unknown): void {
    if (Object.is(this.value(path), value)) return;
    this.values = withValueAt(this.values, path, value);
    if (this.submitted) this.recheck();
    this.notifyValues(path);
    this.notifyChange(path);
  }

  /** New values for the whole form (another step, a draft restored): no messages, not yet submitted. */
  reset(values: FormValues): void {
    this.values = values;
    this.generation += 1;
    this.itemKeys.clear();
    this.submitted = false;
    this.setErrors(NO_ERRORS);
    this.notifyValues(null);
    this.notifyChange(null);
  }

  /** Checks the form: valid, hands its answers to `send` and waits for it; else shows the messages, calls `refused`. */
  async submit(send: (answers: Answers) => Promise<void>, refused: () => void): Promise<void> {
    const generation = this.generation;
    this.setSubmitting(true);
    try {
      const checked = this.check(this.values);
      this.setErrors(checked.ok ? NO_ERRORS : checked.errors);
      if (checked.ok) await send(checked.answers);
      else refused();
    } finally {
      if (this.generation === generation) this.submitted = true;
      this.setSubmitting(false);
    }
  }

  /** The keys of a group's items, one per item; the same array while the items stay the same. */
  items(path: string): string[] {
    const list = this.value(path);
    const length = Array.isArray(list) ? list.length : 0;
    const kept = this.itemKeys.get(path);
    if (kept && kept.length === length) return kept;
    const keys = Array.from({ length }, (_, i) => kept?.[i] ?? newItemKey());
    this.itemKeys.set(path, keys);
    return keys;
  }

  addItem(path: string, item: unknown): void {
    const list = this.listAt(path);
    this.itemKeys.set(path, [...this.items(path), newItemKey()]);
    this.set(path, [...list, item]);
  }

  removeItem(path: string, index: number): void {
    const others = (_: unknown, i: number) => i !== index;
    this.itemKeys.set(path, this.items(path).filter(others));
    this.set(path, this.listAt(path).filter(others));
  }

  setServer(server: Record<string, string[]>): void {
    if (server === this.server) return;
    this.server = server;
    this.notifyMessages();
  }

  /** The client's own check first, else what the server said; the same array while nothing changed. */
  messages(path: string): string[] {
    const next = messagesAt(this.errors, this.server, path);
    const previous = this.messageCache.get(path) ?? NONE;
    if (sameList(previous, next)) return previous;
    this.messageCache.set(path, next);
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

  /** Changes whenever any field's messages may have. */
  messagesSeen = (): number => this.messageChanges;

  /** Hears of every change to the messages: the client's checks, the server's, a submit. */
  subscribeMessages = (listener: Listener): (() => void) => subscribe(this.messageListeners, listener);

  /** Hears of every edit, with its path (see ChangeListener). */
  subscribeChanges = (listener: ChangeListener): (() => void) => subscribe(this.changeListeners, listener);

  /** Hears when a submit starts and ends. */
  subscribeStatus = (listener: Listener): (() => void) => subscribe(this.statusListeners, listener);

  private listAt(path: string): unknown[] {
    const list = this.value(path);
    return Array.isArray(list) ? list : [];
  }

  private recheck(): void {
    const checked = this.check(this.values);
    this.setErrors(checked.ok ? NO_ERRORS : checked.errors);
  }

  private setErrors(errors: ClientErrors): void {
    if (sameErrors(errors, this.errors)) return;
    this.errors = errors;
    this.notifyMessages();
  }

  private setSubmitting(submitting: boolean): void {
    this.submitting = submitting;
    for (const listener of this.statusListeners) listener();
  }

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
    this.messageChanges += 1;
    for (const listener of this.messageListeners) listener();
  }

  private notifyChange(path: string | null): void {
    for (const listener of this.changeListeners) listener(path);
  }
}

function subscribe<L>(listeners: Set<L>, listener: L): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A field's value, re-read when a change can touch it; re-renders only when it is a different value. */
export function useFieldValue(store: FieldStore, path: string): unknown {
  const subscribe = useCallback((listener: Listener) => store.subscribeValue(path, listener), [store, path]);
  const read = useCallback(() => store.value(path), [store, path]);
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * Re-renders a list of fields when the messages change; each field is then handed its own (FieldStore.messages: the
 * same array while they stay the same, so only a field whose messages changed renders again). One subscription a
 * list, not one a field: a long form mounts faster.
 */
export function useMessagesSeen(store: FieldStore): void {
  useSyncExternalStore(store.subscribeMessages, store.messagesSeen, store.messagesSeen);
}

/** The values at several paths, in their order; the same array while none of them changes. */
export function useFieldValues(store: FieldStore, paths: string[]): unknown[] {
  const { subscribe, read } = useMemo(() => valuesReader(store, paths), [store, paths]);
  return useSyncExternalStore(subscribe, read, read);
}

function valuesReader(store: FieldStore, paths: string[]) {
  let last: unknown[] = [];
  const read = () => {
    const next = paths.map((path) => store.value(path));
    if (next.length !== last.length || next.some((value, i) => !Object.is(value, last[i]))) last = next;
    return last;
  };
  const subscribe = (listener: Listener) => {
    const stops = paths.map((path) => store.subscribeValue(path, listener));
    return () => stops.forEach((stop) => stop());
  };
  return { subscribe, read };
}

/** A group's items' keys (see FieldStore.items). */
export function useItemKeys(store: FieldStore, path: string): string[] {
  const subscribe = useCallback((listener: Listener) => store.subscribeValue(path, listener), [store, path]);
  const read = useCallback(() => store.items(path), [store, path]);
  return useSyncExternalStore(subscribe, read, read);
}
