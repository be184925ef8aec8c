import Link from "next/link";
import { searchHref, type AgentSearch } from "@/lib/agent/search-params";

/** "Showing 1–100 of 250" (or without "of" when the count was skipped). */
export function showingText(page: number, perPage: number, shown: number, total?: number): string {
  if (shown === 0) return total === undefined ? "No results on this page" : `No results (${total} in all)`;
  const first = (page - 1) * perPage + 1;
  const range = `Showing ${first.toLocaleString("en-GB")}–${(first + shown - 1).toLocaleString("en-GB")}`;
  return total === undefined ? range : `${range} of ${total.toLocaleString("en-GB")}`;
}

type PagerProps = { search: AgentSearch; shown: number; total?: number };

export function Pager({ search, shown, total }: PagerProps) {
  const hasPrevious = search.page > 1;
  const hasNext = total === undefined ? shown >= search.perPage : search.page * search.perPage < total;
  const link = "inline-flex min-h-11 items-center font-semibold";
  const off = "inline-flex min-h-11 items-center text-muted";
  return (
    <nav aria-label="Pages of results" className="mt-4 flex flex-wrap items-center justify-between gap-4">
      <p aria-live="polite">{showingText(search.page, search.perPage, shown, total)}</p>
      <ul className="flex gap-6">
        <li>
          {hasPrevious ? (
            <Link href={searchHref(search, { page: search.page - 1 })} rel="prev" className={link}>
              Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={off}>
              Previous
            </span>
          )}
        </li>
        <li>
          {hasNext ? (
            <Link href={searchHref(search, { page: search.page + 1 })} rel="next" className={link}>
              Next
            </Link>
          ) : (
            <span aria-disabled="true" className={off}>
              Next
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
