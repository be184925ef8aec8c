import Link from "next/link";
import { formatAmount, formatDate } from "@/lib/format";
import type { PolicyListItem } from "@/lib/agent/schemas";
import { ariaSort, sortHref, type AgentSearch, type SortColumn } from "@/lib/agent/search-params";

type Column = { label: string; sort?: SortColumn };
const COLUMNS: Column[] = [
  { label: "Policy number", sort: "policy_number" },
  { label: "Customer", sort: "customer_name" },
  { label: "Product" },
  { label: "Status", sort: "status" },
  { label: "Start date", sort: "start_date" },
  { label: "End date", sort: "end_date" },
  { label: "Premium" },
  { label: "Created on", sort: "created_on" },
  { label: "Sold by" },
];

const SORT_WORDS = { ascending: "ascending", descending: "descending", none: "" } as const;

function HeaderCell({ column, search }: { column: Column; search: AgentSearch }) {
  const cell = "whitespace-nowrap border-b-2 border-ink px-3 py-2 text-left font-semibold";
  if (!column.sort)
    return (
      <th scope="col" className={cell}>
        {column.label}
      </th>
    );
  const sort = ariaSort(search, column.sort);
  return (
    <th scope="col" aria-sort={sort} className={cell}>
      <Link href={sortHref(search, column.sort)} className="inline-flex min-h-11 items-center gap-1">
        {column.label}
        <span aria-hidden="true">{sort === "ascending" ? "▲" : sort === "descending" ? "▼" : "↕"}</span>
        <span className="sr-only">
          {sort === "none" ? ", sort by this column" : `, sorted ${SORT_WORDS[sort]}; sort the other way`}
        </span>
      </Link>
    </th>
  );
}

type ResultsTableProps = { search: AgentSearch; policies: PolicyListItem[]; caption: string };

/** The results; the frame scrolls sideways on a small screen (and takes keyboard focus to do so). */
export function ResultsTable({ search, policies, caption }: ResultsTableProps) {
  const td = "border-b border-line px-3 py-2 align-top";
  return (
    <div
      role="region"
      aria-labelledby="results-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-line bg-white"
    >
      <table className="w-full min-w-[60rem] border-collapse text-left">
        <caption id="results-caption" className="px-3 py-3 text-left">
          {/* Stays in view while the table scrolls sideways on a small screen. */}
          <span className="sticky left-3 inline-block max-w-[calc(100vw-5rem)] text-lg font-bold">{caption}</span>
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <HeaderCell key={c.label} column={c} search={search} />
            ))}
          </tr>
        </thead>
        <tbody>
          {policies.map((p) => (
            <tr key={p.policy_number} className="even:bg-canvas">
              <th scope="row" className={`${td} font-semibold`}>
                <Link href={`/agent/policies/${encodeURIComponent(p.policy_number)}`}>{p.policy_number}</Link>
              </th>
              <td className={td}>{p.customer_name || "—"}</td>
              <td className={td}>{p.product_name}</td>
              <td className={td}>{p.status}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(p.start_date)}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(p.end_date)}</td>
              <td className={`${td} whitespace-nowrap tabular-nums`}>{formatAmount(p.premium, p.currency)}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(p.created_on)}</td>
              <td className={td}>{p.user ? `${p.user}${p.agent_code ? ` (${p.agent_code})` : ""}` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
