import { STATUSES, type StatusKey } from "@/contract/statuses";
import type { Translate } from "@/lib/i18n/catalogue";

/** The console's search as it lives in the address bar, so a search can be bookmarked and shared. */
export type AgentSearch = {
  name: string;
  policy: string;
  product: string;
  from: string;
  to: string;
  statuses: StatusKey[];
  children: boolean;
  noCount: boolean;
  perPage: number;
  page: number;
  ordering: string;
  /** The API's `next_cursor` that leads to `page` (our extension; "" when paging by number). */
  cursor: string;
};

export type SearchTerm = { column: string; operation: "contains" | "equals" | "range" | "in"; values: string[] };
export type ListRequest = {
  page: number;
  per_page: number;
  status?: StatusKey[];
  include_child_policies: boolean;
  no_count: boolean;
  search_terms: SearchTerm[];
  ordering: string;
  cursor?: string;
};

export const PAGE_SIZES = [10, 25, 100, 1000] as const;
export const DEFAULT_PER_PAGE = 100;
export const SORTABLE = ["policy_number", "customer_name", "status", "start_date", "end_date", "created_on"] as const;
export type SortColumn = (typeof SORTABLE)[number];
export const DEFAULT_ORDERING = "-created_on";
// The backend's range is [from, to): an open end is stretched to a far date.
const EARLIEST = "1900-01-01";
const LATEST = "9999-12-30";

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function reader(params: RawParams) {
  const all = (key: string): string[] => {
    if (params instanceof URLSearchParams) return params.getAll(key);
    const value = params[key];
    return value === undefined ? [] : [value].flat();
  };
  return { all, one: (key: string) => (all(key)[0] ?? "").trim() };
}

// What a cursor the API gave out can look like (base64url, as long as the API accepts).
const CURSOR = /^[A-Za-z0-9_-]{1,500}$/;

const flag = (value: string) => value === "1" || value === "true" || value === "on";

/** A real calendar date written YYYY-MM-DD, else "". */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "";
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : "";
}

export function nextDay(value: string): string {
  return new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function parseSearch(params: RawParams): AgentSearch {
  const { all, one } = reader(params);
  const perPage = Number(one("per_page"));
  const asked = Number(one("page"));
  const page = Number.isInteger(asked) && asked > 0 ? asked : 1;
  const ordering = one("ordering");
  const statuses = all("status")
    .flatMap((s) => s.split(","))
    .map((s) => s.trim());
  return {
    name: one("name"),
    policy: one("policy"),
    product: one("product"),
    from: isoDate(one("from")),
    to: isoDate(one("to")),
    statuses: Object.keys(STATUSES).filter((key): key is StatusKey => statuses.includes(key)),
    children: flag(one("children")),
    noCount: flag(one("no_count")),
    perPage: (PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : DEFAULT_PER_PAGE,
    page,
    ordering: (SORTABLE as readonly string[]).includes(ordering.replace(/^-/, "")) ? ordering : DEFAULT_ORDERING,
    cursor: page > 1 && CURSOR.test(one("cursor")) ? one("cursor") : "",
  };
}

/** Dates the person typed that the search could not use, in plain words (the `agent` messages). */
export function searchProblems(params: RawParams, t: Translate): string[] {
  const { one } = reader(params);
  const problems: string[] = [];
  for (const key of ["from", "to"] as const) {
    if (one(key) && !isoDate(one(key))) problems.push(t("dateNotReal", { label: t(key) }));
  }
  const search = parseSearch(params);
  if (search.from && search.to && search.from > search.to) problems.push(t("fromAfterTo"));
  return problems;
}

/**
 * The body for POST /api/v3/policy/all/. Both dates are included in the range the person sees. `page` is always
 * sent: a backend that gives no cursors pages by it, ours reads the cursor instead (no OFFSET however deep).
 */
export function toListRequest(search: AgentSearch, overrides: Partial<ListRequest> = {}): ListRequest {
  const terms: SearchTerm[] = [];
  if (search.name) terms.push({ column: "customer_name", operation: "contains", values: [search.name] });
  if (search.policy) terms.push({ column: "policy_number", operation: "contains", values: [search.policy] });
  if (search.product) terms.push({ column: "product_slug", operation: "equals", values: [search.product] });
  if (search.from || search.to) {
    terms.push({
      column: "created_on",
      operation: "range",
      values: [search.from || EARLIEST, search.to ? nextDay(search.to) : LATEST],
    });
  }
  return {
    page: search.page,
    per_page: search.perPage,
    ...(search.statuses.length > 0 ? { status: search.statuses } : {}),
    include_child_policies: search.children,
    no_count: search.noCount,
    search_terms: terms,
    ordering: search.ordering,
    ...(search.cursor ? { cursor: search.cursor } : {}),
    ...overrides,
  };
}

/**
 * The query string for a search (defaults left out), e.g. for paging and sorting links. A cursor leads to one page
 * of one search: any change leaves it out unless the change brings its own.
 */
export function toQuery(search: AgentSearch, changes: Partial<AgentSearch> = {}): string {
  const cursor = Object.keys(changes).length > 0 ? (changes.cursor ?? "") : search.cursor;
  const s = { ...search, ...changes, cursor };
  const query = new URLSearchParams();
  const put = (key: string, value: string | false) => (value ? query.append(key, value) : undefined);
  put("name", s.name);
  put("policy", s.policy);
  put("product", s.product);
  put("from", s.from);
  put("to", s.to);
  s.statuses.forEach((status) => query.append("status", status));
  put("children", s.children && "1");
  put("no_count", s.noCount && "1");
  put("per_page", s.perPage !== DEFAULT_PER_PAGE && String(s.perPage));
  put("ordering", s.ordering !== DEFAULT_ORDERING && s.ordering);
  put("page", s.page > 1 && String(s.page));
  put("cursor", s.page > 1 && s.cursor);
  return query.toString();
}

export function searchHref(search: AgentSearch, changes: Partial<AgentSearch> = {}): string {
  const query = toQuery(search, changes);
  return query ? `/agent?${query}` : "/agent";
}

/** Sorting by a column: ascending first, then the other way; a new order starts again at page 1. */
export function sortHref(search: AgentSearch, column: SortColumn): string {
  const ordering = search.ordering === column ? `-${column}` : column;
  return searchHref(search, { ordering, page: 1 });
}

export function ariaSort(search: AgentSearch, column: SortColumn): "ascending" | "descending" | "none" {
  if (search.ordering === column) return "ascending";
  return search.ordering === `-${column}` ? "descending" : "none";
}
