import type { PlannedInstalment } from "@/contract/journey";
import type { InstalmentStatus } from "@/contract/policy";
import { formatLongDate } from "@/lib/format/date";

/** The table's words in the page's language: `instalmentLabels(t)` with the `ui` namespace (getT or useT). */
export type InstalmentLabels = {
  instalment: string;
  date: string;
  amount: string;
  status: string;
  total: string;
  /** "{n} of {count}" (kept a template, so the labels can go to the browser as props). */
  nOfCount: string;
  statuses: Record<InstalmentStatus, string>;
};

const STATUSES: InstalmentStatus[] = ["due", "collected", "retrying", "failed", "cancelled"];

export function instalmentLabels(t: (key: string, params?: Record<string, string>) => string): InstalmentLabels {
  return {
    instalment: t("instalment"),
    date: t("date"),
    amount: t("amount"),
    status: t("status"),
    total: t("total"),
    nOfCount: t("nOfCount", { n: "{n}", count: "{count}" }),
    statuses: Object.fromEntries(STATUSES.map((s) => [s, t(s)])) as Record<InstalmentStatus, string>,
  };
}

type Row = PlannedInstalment & { status?: InstalmentStatus };

/** Each monthly payment: its date and amount (and, after purchase, whether it was taken), then the total. */
export function InstalmentTable({
  id,
  caption,
  instalments,
  total,
  money,
  labels,
  tag,
}: {
  id: string;
  caption: string;
  instalments: Row[];
  total: string;
  money: (amount: string) => string;
  labels: InstalmentLabels;
  /** The page's Intl tag, for the dates. */
  tag: string;
}) {
  const withStatus = instalments.some((i) => i.status);
  const cell = "border-b border-line px-3 py-2 align-top";
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-line bg-white"
    >
      <table className="w-full border-collapse text-start" id={id}>
        <caption id={`${id}-caption`} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border-b-2 border-ink px-3 py-2 font-semibold">
              {labels.instalment}
            </th>
            <th scope="col" className="border-b-2 border-ink px-3 py-2 font-semibold">
              {labels.date}
            </th>
            <th scope="col" className="border-b-2 border-ink px-3 py-2 text-end font-semibold">
              {labels.amount}
            </th>
            {withStatus ? (
              <th scope="col" className="border-b-2 border-ink px-3 py-2 font-semibold">
                {labels.status}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {instalments.map((i) => (
            <tr key={i.number}>
              <th scope="row" className={`${cell} font-normal`}>
                {labels.nOfCount.replace("{n}", String(i.number)).replace("{count}", String(instalments.length))}
              </th>
              <td className={`${cell} whitespace-nowrap`}>{formatLongDate(i.due_date, tag)}</td>
              <td className={`${cell} text-end tabular-nums`}>{money(i.amount)}</td>
              {withStatus ? <td className={cell}>{i.status ? labels.statuses[i.status] : ""}</td> : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="px-3 py-2 text-start font-semibold">
              {labels.total}
            </th>
            <td className="px-3 py-2 text-end font-semibold tabular-nums">{money(total)}</td>
            {withStatus ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
