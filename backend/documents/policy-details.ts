import type { DocumentData } from "./document-data";
import { formatMoney } from "./money-format";
import { formatDate } from "./date-format";

export function policyCurrency(d: DocumentData): string {
  const extra = (d.policy as { currency?: unknown }).currency;
  return d.policy.price_breakdown?.currency ?? (typeof extra === "string" ? extra : "");
}

/** The total premium including fees and taxes. */
export function totalPremium(d: DocumentData): string {
  return formatMoney(d.policy.price_breakdown?.total ?? d.policy.pricing.total_amount, policyCurrency(d));
}

/** What a suspended policy's documents say: since when (the last suspension in its status log) and why. */
export function suspendedSentence(logs: DocumentData["policy"]["status_logs"]): string {
  const last = logs.findLast((l) => l.status === "Suspended");
  const since = last ? ` from ${formatDate(last.timestamp)}` : "";
  const why = last?.note ? ` (${last.note})` : "";
  return (
    `Cover under this policy is suspended${since}${why}. Nothing that happens while it is suspended is covered, ` +
    "and this certificate is not evidence of cover until we reinstate the policy."
  );
}
