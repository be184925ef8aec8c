import Decimal from "decimal.js";
import type { Field } from "../../contract/form";
import type { Pricing } from "../../contract/pricing";
import { answerText } from "../../contract/format/answer-text";
import { formatMoney } from "../../contract/format/money";
import type { ProductDefinition, QuoteAnswers } from "../products/definition";
import { fixed } from "./money";

export type ComparedLine = { id: string; label: string; last_year: string; this_year: string; difference: string };

type Line = { id: string; label: string; amount: string };

/** Lines matched by id, in this year's order, then any last year had that this year no longer has. */
function pair(last: Line[], next: Line[]) {
  const ids = [...next.map((l) => l.id), ...last.map((l) => l.id).filter((id) => !next.some((n) => n.id === id))];
  return ids.map((id) => {
    const l = last.find((x) => x.id === id);
    const n = next.find((x) => x.id === id);
    return { id, label: (n ?? l)!.label, last_year: l?.amount ?? "0.00", this_year: n?.amount ?? "0.00" };
  });
}

/** Last year's price beside this year's, line by line (premium, each fee, each tax), and the totals. */
export function comparePrices(last: Pricing, next: Pricing) {
  const rows = [
    {
      id: "premium",
      label: "Premium",
      last_year: last.amount_pre_fees_and_taxes,
      this_year: next.amount_pre_fees_and_taxes,
    },
    ...pair(last.fees, next.fees),
    ...pair(last.taxes, next.taxes),
  ];
  const lines: ComparedLine[] = rows.map((r) => ({
    ...r,
    difference: fixed(new Decimal(r.this_year).minus(r.last_year)),
  }));
  return {
    lines,
    total: {
      last_year: last.total,
      this_year: next.total,
      difference: fixed(new Decimal(next.total).minus(last.total)),
    },
    currency: next.currency,
  };
}

/**
 * The answers that differ between last year's policy and its renewal, in words, in the product's form order;
 * `skip` holds "<form>.<field>" answers that always differ (the cover dates) and files.
 */
export function changedAnswers(
  product: ProductDefinition,
  last: QuoteAnswers,
  next: QuoteAnswers,
  skip: Set<string>,
): { form_id: string; name: string; title: string; before: string; after: string }[] {
  const out = [];
  for (const form of product.forms) {
    for (const field of form.fields as Field[]) {
      const path = `${form.form_id}.${field.name}`;
      if (skip.has(path) || field.type === "async_file" || field.type === "content" || field.type === "hidden")
        continue;
      const [was, now] = [last[form.form_id]?.[field.name], next[form.form_id]?.[field.name]];
      if (JSON.stringify(was ?? null) === JSON.stringify(now ?? null)) continue;
      const money = (amount: string) => formatMoney(amount, product.pricing.currency);
      const opts = product.money_fields.includes(path) ? { money } : {};
      const text = (v: unknown) =>
        field.type === "group" ? `${Array.isArray(v) ? v.length : 0} item(s)` : answerText(field, v, opts) || "(none)";
      out.push({ form_id: form.form_id, name: field.name, title: field.title, before: text(was), after: text(now) });
    }
  }
  return out;
}
