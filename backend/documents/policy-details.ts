import type { DocumentData } from "./document-data";
import { formatMoney } from "./money-format";

export function policyCurrency(d: DocumentData): string {
  const extra = (d.policy as { currency?: unknown }).currency;
  return d.policy.price_breakdown?.currency ?? (typeof extra === "string" ? extra : "");
}

/** The total premium including fees and taxes. */
export function totalPremium(d: DocumentData): string {
  return formatMoney(d.policy.price_breakdown?.total ?? d.policy.pricing.total_amount, policyCurrency(d));
}
