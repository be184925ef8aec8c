"use client";

import type { EndorsementQuote } from "@/contract/endorsement";
import { formatLongDate, formatMoney } from "@/lib/format";
import { useIntlTag, useT } from "@/lib/i18n/client";

/** The total's label for each way the price can go. */
const TOTALS = { charge: "toPayNow", refund: "weRefund", none: "noPriceChange" } as const;

/** What a change does: each answer before and after, and each part of the price for the rest of the term. */
export function ChangePreview({ quote: q }: { quote: EndorsementQuote }) {
  const t = useT("change");
  const tag = useIntlTag();
  const money = (amount: string) => formatMoney(amount, q.currency, tag);
  const total = q.total_difference.replace(/^-/, "");
  return (
    <section aria-label={t("previewLabel")} aria-live="polite" className="max-w-2xl rounded border border-line p-4">
      <h3 className="font-semibold">{t("yourChange")}</h3>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {q.changes.map((c) => (
          <li key={`${c.form_id}.${c.name}`}>
            <span className="font-medium">{c.title}</span>
            {t("beforeAfter", { before: c.before, after: c.after })}
          </li>
        ))}
      </ul>
      <p className="mt-3">
        {t("daysRemain", {
          date: formatLongDate(q.effective_date, tag),
          remaining: q.days_remaining,
          days: q.days_in_term,
        })}
      </p>
      <table className="mt-3 w-full text-start">
        <thead>
          <tr className="text-muted">
            <th scope="col" className="py-1 font-normal">
              {t("part")}
            </th>
            <th scope="col" className="py-1 text-end font-normal">
              {t("was")}
            </th>
            <th scope="col" className="py-1 text-end font-normal">
              {t("now")}
            </th>
            <th scope="col" className="py-1 text-end font-normal">
              {t("restOfTerm")}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {q.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row" className="py-1 font-normal">
                {l.label}
              </th>
              <td className="py-1 text-end">{money(l.before)}</td>
              <td className="py-1 text-end">{money(l.after)}</td>
              <td className="py-1 text-end">{money(l.difference)}</td>
            </tr>
          ))}
          {q.refund_limited_by_paid !== "0.00" ? (
            <tr>
              <th scope="row" className="py-1 font-normal">
                {t("moreThanPaid")}
              </th>
              <td />
              <td />
              <td className="py-1 text-end">{money(q.refund_limited_by_paid)}</td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr className="border-t border-line font-semibold">
            <th scope="row" className="py-1" colSpan={3}>
              {t(TOTALS[q.direction])}
            </th>
            <td className="py-1 text-end tabular-nums">{q.direction === "none" ? "" : money(total)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
