import "server-only";
import type { UpstreamAuth } from "@/lib/upstream";

/**
 * The submit loop's answer names the next step and carries its form, so the page of that step, asked for by the
 * same browser a moment later, is drawn from it instead of asking the backend again with the going-back call.
 * Kept in this process only, taken once, for a few seconds, and only by a caller with the same credentials for
 * that quote and the same language: a reload, Back, another tab or another web instance asks the backend as always.
 * A page that draws the next step itself (components/journey/live-step.tsx) says so, and nothing is kept for it.
 */
const TTL_MS = 10_000;
const MAX_WAITING = 1_000;
// On globalThis: the proxy's route handler and the step's page may be bundled with separate copies of this module.
const HANDOFFS = Symbol.for("quote-to-policy.step-handoffs");
type Waiting = Map<string, { answer: unknown; until: number }>;
const waiting = ((globalThis as Record<symbol, Waiting>)[HANDOFFS] ??= new Map());

type Where = { slug: string; language: string; policyNumber: string; formId: string };

/** No credential, nothing to bind the answer to: nothing is kept. */
function keyOf(where: Where, auth: UpstreamAuth): string | null {
  if (!auth.quoteToken && !auth.bearer) return null;
  const { slug, language, policyNumber, formId } = where;
  return JSON.stringify([slug, language, policyNumber, formId, auth.quoteToken ?? "", auth.bearer ?? ""]);
}

const record = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * Keeps a successful submit answer (its secrets already taken out) for the page of the step it names, under the
 * credentials that page's caller will hold. Returns whether it was kept.
 */
export function handOver(
  { slug, language }: Pick<Where, "slug" | "language">,
  answer: unknown,
  authFor: (policyNumber: string) => UpstreamAuth,
): boolean {
  const res = record(answer);
  const form = record(res?.form);
  const policyNumber = res?.policy_number;
  const formId = form?.form_id;
  if (!res || res.has_errors || typeof policyNumber !== "string" || typeof formId !== "string") return false;
  if (!["continue", "perform_otp", "display"].includes(String(res.next_action))) return false;
  if (form?.form_type === "confirmation") return false;
  const key = keyOf({ slug, language, policyNumber, formId }, authFor(policyNumber));
  if (!key) return false;
  const now = Date.now();
  for (const [k, v] of waiting) if (v.until <= now || waiting.size >= MAX_WAITING) waiting.delete(k);
  waiting.set(key, { answer: structuredClone(answer), until: now + TTL_MS });
  return true;
}

/** The answer handed over for this step of this quote and these credentials, once; else null. */
export function takeOver(where: Where, auth: UpstreamAuth): unknown {
  const key = keyOf(where, auth);
  const found = key ? waiting.get(key) : undefined;
  if (!key || !found) return null;
  waiting.delete(key);
  return found.until > Date.now() ? found.answer : null;
}
