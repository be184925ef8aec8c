import type { Charge, Pricing } from "@/contract/pricing";
import { formatMoney } from "@/lib/format/money";

/** The rows' names; English unless the page gives its own (the journey does, in its language). */
export type PriceLabels = { premium: string; fees: string; taxes: string; total: string };
const ENGLISH: PriceLabels = { premium: "Premium", fees: "Total fees", taxes: "Total taxes", total: "Total to pay" };

type Row = { key: string; label: string; amount: string; strong?: boolean; sub?: boolean };

function rows(pricing: Pricing, labels: PriceLabels): Row[] {
  const charges = (list: Charge[], prefix: string) =>
    list.map((c) => ({ key: `${prefix}-${c.id}`, label: c.label, amount: c.amount, sub: true }));
  return [
    { key: "premium", label: labels.premium, amount: pricing.amount_pre_fees_and_taxes },
    ...charges(pricing.fees, "fee"),
    ...(pricing.fees.length > 0 ? [{ key: "fees", label: labels.fees, amount: pricing.total_fees }] : []),
    ...charges(pricing.taxes, "tax"),
    ...(pricing.taxes.length > 0 ? [{ key: "taxes", label: labels.taxes, amount: pricing.total_taxes }] : []),
    { key: "total", label: labels.total, amount: pricing.total, strong: true },
  ];
}

type PriceBreakdownProps = {
  pricing: Pricing;
  title?: string;
  labels?: PriceLabels;
  locale?: string;
  className?: string;
};

export function PriceBreakdown({
  pricing,
  title = "Your price",
  labels = ENGLISH,
  locale,
  className = "",
}: PriceBreakdownProps) {
  return (
    <section
      className={`rounded-lg border border-line bg-white p-5 sm:p-6 ${className}`.trim()}
      // Read by a partner embed's bridge (components/embed/embed-bridge.tsx): "price shown".
      data-price-total={pricing.total}
      data-price-currency={pricing.currency}
    >
      <h2 className="mb-3 text-xl font-bold">{title}</h2>
      <dl className="divide-y divide-line">
        {rows(pricing, labels).map((row) => (
          <div
            key={row.key}
            className={`flex items-baseline justify-between gap-4 py-2 ${row.strong ? "border-t-2 border-ink pt-3 text-lg font-bold" : ""}`}
          >
            <dt className={row.sub ? "ps-4 text-muted" : ""}>{row.label}</dt>
            <dd className="text-end tabular-nums">{formatMoney(row.amount, pricing.currency, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
