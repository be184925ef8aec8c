import "server-only";
import type { QuoteGrant, SessionData } from "@/lib/session";

/** What the session keeps of a quote's last submit-loop answer: the step it named and what it announced. */
export type StepMemory = { at?: string; said?: string };

const ACTIONS = new Set(["continue", "display", "perform_otp", "rejected", "referred", "complete", "pay"]);
const MAX_ID = 100;

const text = (v: unknown) => (typeof v === "string" && v.length > 0 && v.length <= MAX_ID ? v : undefined);

/**
 * Remembers (in the session cookie, so a few bytes) where a quote stands after a POST to the submit
 * loop or to confirm: the form id its answer named and its `next_action`. A reload, another tab or
 * `/quote/<n>` then finds the step without any call beyond the contract. Returns whether it changed.
 */
export function rememberAnswer(
  session: SessionData,
  body: unknown,
  from: { slug?: string; confirm?: boolean },
): boolean {
  if (body === null || typeof body !== "object") return false;
  const res = body as Record<string, unknown>;
  const n = text(res.policy_number);
  const action = text(res.next_action);
  if (!n || n === "__proto__" || !action || !ACTIONS.has(action)) return false;
  const form = res.form !== null && typeof res.form === "object" ? (res.form as Record<string, unknown>) : null;
  session.quotes ??= {};
  const known: QuoteGrant | undefined = Object.hasOwn(session.quotes, n) ? session.quotes[n] : undefined;
  // Errors keep the quote where it stood (a step gone back to, the review); a first answer with errors
  // that made the quote is still worth remembering.
  if (res.has_errors === true && (from.confirm || known?.said)) return false;
  const grant: QuoteGrant = { token: known?.token ?? "", updatedAt: Date.now() };
  const slug = from.slug ?? known?.slug;
  if (slug) grant.slug = slug;
  const at = from.confirm ? undefined : text(form?.form_id);
  if (at) grant.at = at;
  grant.said = from.confirm && action === "complete" ? "confirmed" : action;
  session.quotes[n] = grant;
  return true;
}

/** The remembered state of a quote in this session, if any. */
export function stepMemory(session: SessionData, policyNumber: string): StepMemory {
  const quotes = session.quotes ?? {};
  if (!Object.hasOwn(quotes, policyNumber)) return {};
  const { at, said } = quotes[policyNumber];
  return { at, said };
}
