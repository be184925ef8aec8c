import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/agent/pager";
import { ResultsTable } from "@/components/agent/results-table";
import type { PolicyList } from "@/lib/agent/schemas";
import type { AgentSearch } from "@/lib/agent/search-params";
import { orderWords } from "@/lib/agent/order-words";
import { getT } from "@/lib/i18n/server";

export async function SearchResults({ search, list }: { search: AgentSearch; list: PolicyList }) {
  const t = await getT("agent");
  const total = list.policies_count;
  if (list.policies.length === 0 && search.page === 1) {
    return (
      <Alert tone="info" title={t("noMatch")}>
        {t("noMatchHelp")}
      </Alert>
    );
  }
  const caption = t("resultsCaption", { order: orderWords(search.ordering, t).toLowerCase(), page: search.page });
  return (
    <>
      {list.policies.length > 0 ? (
        <ResultsTable search={search} policies={list.policies} caption={caption} />
      ) : (
        <p>{t("noMoreResults")}</p>
      )}
      <Pager search={search} shown={list.policies.length} total={total} cursors={list} />
    </>
  );
}
