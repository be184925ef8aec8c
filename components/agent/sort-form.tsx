import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/control-classes";
import { LabelledControl } from "@/components/ui/labelled-control";
import { SORTABLE, toQuery, type AgentSearch } from "@/lib/agent/search-params";
import { orderWords } from "@/lib/agent/order-words";
import { getT } from "@/lib/i18n/server";

const ORDERINGS = SORTABLE.flatMap((column) => [column, `-${column}`]);

/** The results' order where there are no column headers to press (the cards on a small screen): a plain GET form. */
export async function SortForm({ search, className = "" }: { search: AgentSearch; className?: string }) {
  const t = await getT("agent");
  const keep = [...new URLSearchParams(toQuery(search, { page: 1 })).entries()].filter(([key]) => key !== "ordering");
  return (
    <form method="get" action="/agent" className={`flex flex-wrap items-end gap-4 ${className}`.trim()}>
      {keep.map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}
      <LabelledControl htmlFor="results-ordering" label={t("orderOfResults")}>
        <select
          id="results-ordering"
          name="ordering"
          defaultValue={search.ordering}
          className={controlClasses(false, "w-full max-w-xs")}
        >
          {ORDERINGS.map((ordering) => (
            <option key={ordering} value={ordering}>
              {orderWords(ordering, t)}
            </option>
          ))}
        </select>
      </LabelledControl>
      <Button type="submit" variant="secondary">
        {t("sort")}
      </Button>
    </form>
  );
}
