import type { PlannedInstalment } from "@/contract/journey";
import type { InstalmentStatus } from "@/contract/policy";
import { formatLongDate } from "@/lib/format/date";

const STATUS_WORDS: Record<InstalmentStatus, string> = {
  due: "Due",
  collected: "Paid",
  retrying: "Not taken yet, trying again",
  failed: "Not paid",
  cancelled: "Not collected",
};

type Row = PlannedInstalment & { status?: InstalmentStatus };

/** Each monthly payment: its date and amount (and, after purchase, whether it was taken), then the total. */
export function InstalmentTable({
  id,
  caption,
  instalments,
  total,
  money,
}: {
  id: string;
  caption: string;
  instalments: Row[];
  total: string;
  money: (amount: string) => string;
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
              Payment
            </th>
            <th scope="col" className="border-b-2 border-ink px-3 py-2 font-semibold">
              Date
            </th>
            <th scope="col" className="border-b-2 border-ink px-3 py-2 text-end font-semibold">
              Amount
            </th>
            {withStatus ? (
              <th scope="col" className="border-b-2 border-ink px-3 py-2 font-semibold">
                Status
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {instalments.map((i) => (
            <tr key={i.number}>
              <th scope="row" className={`${cell} font-normal`}>
                {i.number} of {instalments.length}
              </th>
              <td className={`${cell} whitespace-nowrap`}>{formatLongDate(i.due_date)}</td>
              <td className={`${cell} text-end tabular-nums`}>{money(i.amount)}</td>
              {withStatus ? <td className={cell}>{i.status ? STATUS_WORDS[i.status] : ""}</td> : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="px-3 py-2 text-start font-semibold">
              Total
            </th>
            <td className="px-3 py-2 text-end font-semibold tabular-nums">{money(total)}</td>
            {withStatus ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
