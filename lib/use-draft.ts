"use client";

import { useEffect, useRef } from "react";
import type { Answers } from "@/contract/form";

const PREFIX = "draft:";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // blocked (private mode, policy): drafts are a convenience, never a requirement
  }
}

/** A draft older than this is someone's abandoned answers (a shared computer, say), not a reload. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function readDraft(key: string): Answers | null {
  try {
    const parsed = JSON.parse(storage()?.getItem(PREFIX + key) ?? "null") as {
      answers?: unknown;
      saved_at?: string;
    } | null;
    if (!parsed || !(Date.now() - Date.parse(parsed.saved_at ?? "") < DRAFT_MAX_AGE_MS)) {
      storage()?.removeItem(PREFIX + key);
      return null;
    }
    const answers = parsed.answers;
    return typeof answers === "object" && answers !== null && !Array.isArray(answers) ? (answers as Answers) : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, answers: Answers): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ answers, saved_at: new Date().toISOString() }));
  } catch {
    // Full or blocked storage: keep going without a draft.
  }
}

/** Called once the server has accepted the step. */
export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}

/** Runs `work` when the browser is next idle (at most 500 ms on), or on the next turn where there is no such call. */
function afterStartUp(work: () => void): { cancel: () => void } {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(work, { timeout: 500 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = setTimeout(work, 0);
  return { cancel: () => clearTimeout(id) };
}

export type DraftSource = {
  /** The answers as they stand now. */
  read: () => Answers;
  /** Put a saved draft's answers into the form. */
  apply: (answers: Answers) => void;
  /** Calls back on every change; returns an unsubscribe function. */
  subscribe: (onChange: () => void) => () => void;
};

/**
 * Saves the answers under `key` as the person types (debounced) and restores them once, just after mount, so a
 * reload, a failed request or a backend outage loses nothing. Returns `flush` to save now.
 */
export function useDraft(key: string | undefined, source: DraftSource, delay = 400): { flush: () => void } {
  const latest = useRef({ source, key });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = { source, key };
  });

  const flush = useRef(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { key: current, source: from } = latest.current;
    if (current) saveDraft(current, from.read());
  }).current;

  useEffect(() => {
    if (!key) return;
    let edited = false;
    // After the page's start-up work, not in it: the tab's first use of localStorage waits for the browser process,
    // which is busy while the page loads (up to tens of ms inside the task that hydrates the form). Answers the
    // person gave meanwhile win over the draft.
    const restore = afterStartUp(() => {
      const draft = readDraft(key);
      if (draft && !edited) latest.current.source.apply(draft);
    });
    const unsubscribe = latest.current.source.subscribe(() => {
      edited = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    });
    const onHide = () => {
      if (timer.current) flush();
    };
    window.addEventListener("pagehide", onHide);
    return () => {
      restore.cancel();
      unsubscribe();
      window.removeEventListener("pagehide", onHide);
      // Not saved on unmount: the caller may just have cleared the draft of an accepted step.
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [key, delay, flush]);

  return { flush };
}
