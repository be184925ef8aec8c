import type { DocumentData } from "./document-data";
import { formatDate } from "./date-format";
import { formatMoney } from "./money-format";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[a-z][a-z0-9]*([-_][a-z0-9]+)*$/;

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const humanise = (key: string) => sentence(key.replace(/[-_]+/g, " ").trim());

function show(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || !value.trim()) return null;
  if (ISO_DATE.test(value)) return formatDate(value);
  // Choice values are codes ("theft-abroad"); free text is left as written.
  return CODE.test(value) ? humanise(value) : value.trim();
}

/**
 * The scalar answers behind the policy, as label/value rows. The document data carries no form
 * definitions, so labels come from the answer keys. Booleans (declarations, consents), files and
 * repeating groups (shown as beneficiaries) are left out.
 */
export function coverDetails(d: DocumentData): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const answers of Object.values(d.policy.form_data)) {
    if (!answers || typeof answers !== "object" || Array.isArray(answers)) continue;
    for (const [key, value] of Object.entries(answers as Record<string, unknown>)) {
      const text = Array.isArray(value) && value.every((v) => typeof v === "string") ? value.map(show).filter(Boolean).join(", ") || null : show(value);
      if (text) rows.push([humanise(key), text]);
    }
  }
  return rows;
}

export function policyCurrency(d: DocumentData): string {
  const extra = (d.policy as { currency?: unknown }).currency;
  return d.policy.price_breakdown?.currency ?? (typeof extra === "string" ? extra : "");
}

/** The total premium including fees and taxes. */
export function totalPremium(d: DocumentData): string {
  return formatMoney(d.policy.price_breakdown?.total ?? d.policy.pricing.total_amount, policyCurrency(d));
}
