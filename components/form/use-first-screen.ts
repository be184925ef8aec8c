import { startTransition, useEffect, useState, useSyncExternalStore } from "react";

/** Top-level fields a long form shows in its first render: more than a tall screen holds. */
export const FIRST_SCREEN_FIELDS = 20;

const subscribeNothing = () => () => {};

/**
 * How many of a long form's top-level fields to render now. A form mounted in the browser renders its first
 * screenful at once and the rest right after, in a transition React interrupts for typing and clicks: a 150-field
 * step is painted and usable as soon as its top is, and the whole form costs what it did in one render (measured:
 * adding the rest in several smaller renders cost half as much again). A form rendered on the server, and so
 * hydrated, shows every field from the start: the server's HTML already has them. `key` names the form; a new one
 * starts over.
 */
export function useFirstScreen(total: number, key: string): number {
  // The server's snapshot is read while rendering on the server and while hydrating; the other on a browser mount.
  const hydrating = useSyncExternalStore(
    subscribeNothing,
    () => false,
    () => true,
  );
  const [shown, setShown] = useState(() => ({ key, all: hydrating }));
  if (shown.key !== key) setShown({ key, all: false });
  const all = shown.key === key && shown.all;

  useEffect(() => {
    if (all || total <= FIRST_SCREEN_FIELDS) return;
    startTransition(() => setShown((current) => (current.key === key ? { key, all: true } : current)));
  }, [all, total, key]);
  return all ? total : Math.min(total, FIRST_SCREEN_FIELDS);
}
