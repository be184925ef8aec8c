"use client";

import { isISODate } from "@/contract/rules/relative-date";
import { formatLongDate } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import { refundBasisText } from "@/lib/cancellation/refund-quote";
import { useRefundQuote } from "@/lib/cancellation/use-refund-quote";
import { useIntlTag, useT } from "@/lib/i18n/client";

type Props = {
  policyNumber: string;
  /** The date chosen; null: the date a waiting request asked for. */
  date: string | null;
  /** Shown above the refund, e.g. "If the cover ends on this date"; else "Your refund". */
  title?: string;
  /** A waiting request: say what the customer asked for. */
  asked?: boolean;
};

/** The refund, itemised, for cancelling on the date chosen; nothing at all when the backend can't quote one. */
export function RefundPreview({ policyNumber, date, title, asked = false }: Props) {
  const t = useT("cancel");
  const tag = useIntlTag();
  const valid = date === null || isISODate(date);
  const data = useRefundQuote(policyNumber, date, valid);
  if (!valid || !data) return null;
  if (data.kind === "refused")
    return (
      <p role="status" className="text-muted">
        {data.detail}
      </p>
    );
  const q = data.quote;
  const money = (amount: string) => formatMoney(amount, q.currency, tag);
  const heading = title ?? t("refund");
  const ends = formatLongDate(q.termination_date, tag);
  return (
    <section aria-label={heading} aria-live="polite" className="max-w-2xl rounded border border-line p-4">
      <h3 className="font-semibold">{heading}</h3>
      <p className="mt-1">
        {q.from_inception ? t("fromInception") : t(asked ? "askedToEnd" : "coverEnds", { date: ends })}{" "}
        {refundBasisText(q, t, tag)}
      </p>
      <table className="mt-3 w-full text-start">
        <thead>
          <tr className="text-muted">
            <th scope="col" className="py-1 font-normal">
              {t("part")}
            </th>
            <th scope="col" className="py-1 text-end font-normal">
              {t("paid")}
            </th>
            <th scope="col" className="py-1 text-end font-normal">
              {t("refundColumn")}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {q.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row" className="py-1 font-normal">
                {l.label}
              </th>
              <td className="py-1 text-end">{money(l.amount)}</td>
              <td className="py-1 text-end">{money(l.refund)}</td>
            </tr>
          ))}
          {q.deductions.map((d) => (
            <tr key={d.id}>
              <th scope="row" className="py-1 font-normal">
                {t("less", { label: d.label })}
              </th>
              <td />
              <td className="py-1 text-end">−{money(d.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-line font-semibold">
            <th scope="row" className="py-1">
              {t("totalRefund")}
            </th>
            <td />
            <td className="py-1 text-end tabular-nums">{money(q.total_refund)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
