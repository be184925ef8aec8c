import Link from "next/link";
import { formatAmount, formatDate } from "@/lib/format";
import { FactsList } from "@/components/agent/facts-list";
import { SortForm } from "@/components/agent/sort-form";
import type { PolicyListItem } from "@/lib/agent/schemas";
import { ariaSort, sortHref, type AgentSearch, type SortColumn } from "@/lib/agent/search-params";
import type { Translate } from "@/lib/i18n/catalogue";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

/** Each column's key in the `agent` messages, and its sort order if it has one. */
type Column = { label: string; sort?: SortColumn };
const COLUMNS: Column[] = [
  { label: "policyNumber", sort: "policy_number" },
  { label: "customer", sort: "customer_name" },
  { label: "product" },
  { label: "status", sort: "status" },
  { label: "startDate", sort: "start_date" },
  { label: "endDate", sort: "end_date" },
  { label: "premium" },
  { label: "createdOn", sort: "created_on" },
  { label: "soldBy" },
];

const SORT_HINT = { none: "sortByThis", ascending: "sortedAscending", descending: "sortedDescending" } as const;

function HeaderCell({ column, search, t }: { column: Column; search: AgentSearch; t: Translate }) {
  const cell = "border-b-2 border-ink px-2 py-2 text-start align-bottom font-semibold";
  if (!column.sort)
    return (
      <th scope="col" className={cell}>
        {t(column.label)}
      </th>
    );
  const sort = ariaSort(search, column.sort);
  return (
    <th scope="col" aria-sort={sort} className={cell}>
      <Link href={sortHref(search, column.sort)} className="inline-flex min-h-11 items-center gap-1">
        {t(column.label)}
        <span aria-hidden="true">{sort === "ascending" ? "▲" : sort === "descending" ? "▼" : "↕"}</span>
        <span className="sr-only">{t(SORT_HINT[sort])}</span>
      </Link>
    </th>
  );
}

type ResultsTableProps = { search: AgentSearch; policies: PolicyListItem[]; caption: string };
/** What the cards and the table need to write a row in the page's language. */
type Words = { t: Translate; statusT: Translate; tag: string };

const soldBy = (p: PolicyListItem) => (p.user ? `${p.user}${p.agent_code ? ` (${p.agent_code})` : ""}` : "—");
const policyHref = (n: string) => `/agent/policies/${encodeURIComponent(n)}`;

/**
 * The results: a table with sortable columns on a wide screen (every column fits, nothing scrolls); on a
 * phone or tablet, one card per policy and a form to choose the order.
 */
export async function ResultsTable({ search, policies, caption }: ResultsTableProps) {
  const [t, statusT, { tag }] = await Promise.all([getT("agent"), getT("status"), getLanguage()]);
  const words = { t, statusT, tag };
  return (
    <>
      <div className="lg:hidden">
        <SortForm search={search} className="mb-4" />
        <ResultCards policies={policies} caption={caption} words={words} />
      </div>
      <div className="hidden lg:block">
        <WideTable search={search} policies={policies} caption={caption} words={words} />
      </div>
    </>
  );
}

type CardsProps = { policies: PolicyListItem[]; caption: string; words: Words };

function ResultCards({ policies, caption, words: { t, statusT, tag } }: CardsProps) {
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
              <span className="font-normal"> · {statusName(p.status, statusT)}</span>
            </p>
            <FactsList
              facts={[
                { term: t("customer"), value: p.customer_name || "—" },
                { term: t("product"), value: p.product_name },
                {
                  term: t("cover"),
                  value: t("coverRange", { start: formatDate(p.start_date, tag), end: formatDate(p.end_date, tag) }),
                },
                { term: t("premium"), value: formatAmount(p.premium, p.currency, "—", tag) },
                { term: t("createdOn"), value: formatDate(p.created_on, tag) },
                { term: t("soldBy"), value: soldBy(p) },
              ]}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function WideTable({ search, policies, caption, words: { t, statusT, tag } }: ResultsTableProps & { words: Words }) {
  const td = "border-b border-line px-2 py-2 align-top";
  return (
    <div className="rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-start">
        <caption id="results-caption" className="px-3 py-3 text-start text-lg font-bold">
          {caption}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <HeaderCell key={c.label} column={c} search={search} t={t} />
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
              <td className={td}>{statusName(p.status, statusT)}</td>
              <td className={td}>{formatDate(p.start_date, tag)}</td>
              <td className={td}>{formatDate(p.end_date, tag)}</td>
              <td className={`${td} tabular-nums`}>{formatAmount(p.premium, p.currency, "—", tag)}</td>
              <td className={td}>{formatDate(p.created_on, tag)}</td>
              <td className={td}>{soldBy(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
