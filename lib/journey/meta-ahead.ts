import "server-only";
import { discardBody } from "@/lib/upstream";

/**
 * The product's meta for the next step's page, asked for by the proxy as the submit answer it hands over
 * (journey/step-handoff) goes back to the browser: the page asked for a moment later finds it answered, so drawing
 * that page makes no call of its own (before, its one call to the backend started only once the page was asked for).
 * Kept in this process only, taken once, for a few seconds, and only by a caller asking in the same language with
 * the same bearer; otherwise the page asks as always.
 */
const TTL_MS = 10_000;
const MAX_WAITING = 1_000;
// On globalThis: the proxy's route handler and the step's page may be bundled with separate copies of this module.
const AHEAD = Symbol.for("quote-to-policy.meta-ahead");
type Waiting = Map<string, { answer: Promise<Response>; until: number }>;
const waiting = ((globalThis as Record<symbol, Waiting>)[AHEAD] ??= new Map());

export type MetaCaller = { slug: string; language: string; bearer?: string };

const keyOf = (c: MetaCaller) => JSON.stringify([c.slug, c.language, c.bearer ?? ""]);

/** An answer nobody took: its body is let go, so its connection goes back to the pool. */
const discard = (answer: Promise<Response>) => void answer.then(discardBody, () => undefined);

/** Keeps the meta answer `ask()` starts for the next page of this caller (one at a time per caller). */
export function askAhead(caller: MetaCaller, ask: () => Promise<Response>): void {
  const now = Date.now();
  for (const [k, v] of waiting) {
    if (v.until > now && waiting.size < MAX_WAITING) continue;
    waiting.delete(k);
    discard(v.answer);
  }
  const key = keyOf(caller);
  const before = waiting.get(key);
  if (before) discard(before.answer);
  const answer = ask();
  answer.catch(() => undefined); // a failure is the taker's to read, or nobody's
  waiting.set(key, { answer, until: now + TTL_MS });
}

/** The meta answer asked for ahead for this caller, once; else null. */
export function takeAhead(caller: MetaCaller): Promise<Response> | null {
  const key = keyOf(caller);
  const found = waiting.get(key);
  if (!found) return null;
  waiting.delete(key);
  if (found.until > Date.now()) return found.answer;
  discard(found.answer);
  return null;
}
