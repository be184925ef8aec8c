import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/agent/pager";
import { ResultsTable } from "@/components/agent/results-table";
import type { PolicyList } from "@/lib/agent/schemas";
import type { AgentSearch } from "@/lib/agent/search-params";
import { orderWords } from "@/lib/agent/order-words";

export function SearchResults({ search, list }: { search: AgentSearch; list: PolicyList }) {
  const total = list.policies_count;
  if (list.policies.length === 0 && search.page === 1) {
    return (
      <Alert tone="info" title="No policies match this search">
        Try fewer words, a wider date range or more statuses.
      </Alert>
    );
  }
  const caption = `Policies, sorted by ${orderWords(search.ordering).toLowerCase()}, page ${search.page}`;
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
