import Link from "next/link";
import type { Translate } from "@/lib/i18n/catalogue";
import { getLanguage, getT } from "@/lib/i18n/server";
import { searchHref, type AgentSearch } from "@/lib/agent/search-params";

type Showing = { page: number; perPage: number; shown: number; total?: number };

/** "Showing 1–100 of 250" (or without "of" when the count was skipped), in the `agent` messages' language. */
export function showingText({ page, perPage, shown, total }: Showing, t: Translate, tag: string): string {
  if (shown === 0) return total === undefined ? t("noResultsHere") : t("noResultsOf", { total });
  const number = new Intl.NumberFormat(tag);
  const first = (page - 1) * perPage + 1;
  const range = { first: number.format(first), last: number.format(first + shown - 1) };
  return total === undefined
    ? t("showingRange", range)
    : t("showingRangeOf", { ...range, total: number.format(total) });
}

/** The API's `next_cursor` and `previous_cursor` (our extension): any page costs the same; else by number. */
type Cursors = { next_cursor?: string; previous_cursor?: string };
type PagerProps = { search: AgentSearch; shown: number; total?: number; cursors: Cursors };

export async function Pager({ search, shown, total, cursors }: PagerProps) {
  const [t, { tag }] = await Promise.all([getT("agent"), getLanguage()]);
  const hasPrevious = search.page > 1;
  const hasNext = total === undefined ? shown >= search.perPage : search.page * search.perPage < total;
  const link = "inline-flex min-h-11 items-center font-semibold";
  const off = "inline-flex min-h-11 items-center text-muted";
  return (
    <nav aria-label={t("pagesOfResults")} className="mt-4 flex flex-wrap items-center justify-between gap-4">
      <p aria-live="polite">{showingText({ page: search.page, perPage: search.perPage, shown, total }, t, tag)}</p>
      <ul className="flex gap-6">
        <li>
          {hasPrevious ? (
            <Link
              href={searchHref(search, { page: search.page - 1, cursor: cursors.previous_cursor ?? "" })}
              rel="prev"
              className={link}
            >
              {t("previous")}
            </Link>
          ) : (
            <span aria-disabled="true" className={off}>
              {t("previous")}
            </span>
          )}
        </li>
        <li>
          {hasNext ? (
            <Link
              href={searchHref(search, { page: search.page + 1, cursor: cursors.next_cursor ?? "" })}
              rel="next"
              className={link}
            >
              {t("next")}
            </Link>
          ) : (
            <span aria-disabled="true" className={off}>
              {t("next")}
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
