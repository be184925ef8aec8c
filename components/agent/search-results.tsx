import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/agent/pager";
import { ResultsTable } from "@/components/agent/results-table";
import type { PolicyList } from "@/lib/agent/schemas";
import { SORTABLE, type AgentSearch } from "@/lib/agent/search-params";

const COLUMN_WORDS: Record<(typeof SORTABLE)[number], string> = {
  policy_number: "policy number",
  customer_name: "customer name",
  status: "status",
  start_date: "start date",
  end_date: "end date",
  created_on: "date created",
};

function orderWords(ordering: string): string {
  const column = ordering.replace(/^-/, "") as keyof typeof COLUMN_WORDS;
  const descending = ordering.startsWith("-");
  const dated = column.endsWith("date") || column === "created_on";
  const direction = dated ? (descending ? "newest first" : "oldest first") : descending ? "Z to A" : "A to Z";
  return `sorted by ${COLUMN_WORDS[column] ?? column}, ${direction}`;
}

export function SearchResults({ search, list }: { search: AgentSearch; list: PolicyList }) {
  const total = list.policies_count;
  if (list.policies.length === 0 && search.page === 1) {
    return (
      <Alert tone="info" title="No policies match this search">
        Try fewer words, a wider date range or more statuses.
      </Alert>
    );
  }
  const caption = `Policies, ${orderWords(search.ordering)}, page ${search.page}`;
  return (
    <>
      {list.policies.length > 0 ? (
        <ResultsTable search={search} policies={list.policies} caption={caption} />
      ) : (
        <p>There are no more results.</p>
      )}
      <Pager search={search} shown={list.policies.length} total={total} />
    </>
  );
}
