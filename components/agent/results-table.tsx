import Link from "next/link";
import { formatAmount, formatDate } from "@/lib/format";
import { FactsList } from "@/components/agent/facts-list";
import { SortForm } from "@/components/agent/sort-form";
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
  const cell = "border-b-2 border-ink px-2 py-2 text-left align-bottom font-semibold";
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

const soldBy = (p: PolicyListItem) => (p.user ? `${p.user}${p.agent_code ? ` (${p.agent_code})` : ""}` : "—");
const policyHref = (n: string) => `/agent/policies/${encodeURIComponent(n)}`;

/**
 * The results: a table with sortable columns on a wide screen (every column fits, nothing scrolls); on a
 * phone or tablet, one card per policy and a form to choose the order.
 */
export function ResultsTable({ search, policies, caption }: ResultsTableProps) {
  return (
    <>
      <div className="lg:hidden">
        <SortForm search={search} className="mb-4" />
        <ResultCards policies={policies} caption={caption} />
      </div>
      <div className="hidden lg:block">
        <WideTable search={search} policies={policies} caption={caption} />
      </div>
    </>
  );
}

function ResultCards({ policies, caption }: { policies: PolicyListItem[]; caption: string }) {
  return (
    <section aria-labelledby="results-cards-caption">
      <h3 id="results-cards-caption" className="mb-3 text-lg font-bold">
        {caption}
      </h3>
      <ul className="space-y-3">
        {policies.map((p) => (
          <li key={p.policy_number} className="rounded-lg border border-line bg-white p-4">
            <p className="text-lg font-semibold">
              <Link href={policyHref(p.policy_number)}>{p.policy_number}</Link>
              <span className="font-normal"> · {p.status}</span>
            </p>
            <FactsList
              facts={[
                { term: "Customer", value: p.customer_name || "—" },
                { term: "Product", value: p.product_name },
                { term: "Cover", value: `${formatDate(p.start_date)} to ${formatDate(p.end_date)}` },
                { term: "Premium", value: formatAmount(p.premium, p.currency) },
                { term: "Created on", value: formatDate(p.created_on) },
                { term: "Sold by", value: soldBy(p) },
              ]}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function WideTable({ search, policies, caption }: ResultsTableProps) {
  const td = "border-b border-line px-2 py-2 align-top";
  return (
    <div className="rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-left">
        <caption id="results-caption" className="px-3 py-3 text-left text-lg font-bold">
          {caption}
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
                <Link href={policyHref(p.policy_number)}>{p.policy_number}</Link>
              </th>
              <td className={td}>{p.customer_name || "—"}</td>
              <td className={td}>{p.product_name}</td>
              <td className={td}>{p.status}</td>
              <td className={td}>{formatDate(p.start_date)}</td>
              <td className={td}>{formatDate(p.end_date)}</td>
              <td className={`${td} tabular-nums`}>{formatAmount(p.premium, p.currency)}</td>
              <td className={td}>{formatDate(p.created_on)}</td>
              <td className={td}>{soldBy(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
