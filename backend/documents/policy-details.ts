import type { DocumentData } from "./document-data";
import { wordsOf } from "./document-data";
import { formatMoney } from "./money-format";
import { formatDate } from "./date-format";

export function policyCurrency(d: DocumentData): string {
  const extra = (d.policy as { currency?: unknown }).currency;
  return d.policy.price_breakdown?.currency ?? (typeof extra === "string" ? extra : "");
}

/** The total premium including fees and taxes. */
export function totalPremium(d: DocumentData): string {
  return formatMoney(d.policy.price_breakdown?.total ?? d.policy.pricing.total_amount, policyCurrency(d), d.language);
}

/** What a suspended policy's documents say: since when (the last suspension in its status log) and why. */
export function suspendedSentence(d: DocumentData): string {
  const t = wordsOf(d);
  const last = d.policy.status_logs.findLast((l) => l.status === "Suspended");
  const since = last ? t("suspendedFrom", { date: formatDate(last.timestamp, d.language) }) : "";
  const why = last?.note ? t("suspendedNote", { note: last.note }) : "";
  return t("suspended", { details: `${since}${why}` });
}
