import { isStatusKey, type StatusKey } from "@/contract/statuses";

/** Policies per page in the account's list. */
export const PER_PAGE = 10;

/** The filter's choices: the API's default set for customers (null: "all current"), then single statuses by key. */
export const STATUS_FILTERS: ReadonlyArray<StatusKey | null> = [
  null,
  "S_ACTIVE",
  "S_CANCELLATION_REQUESTED",
  "S_CANCELLED",
  "S_ENDED",
];

export type ListQuery = { status: StatusKey | null; page: number };
type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `?status=<key>&page=<n>` read leniently: anything unknown means "all current", page 1. */
export function parseListQuery(params: SearchParams): ListQuery {
  const status = first(params.status);
  const offered = isStatusKey(status) && STATUS_FILTERS.includes(status);
  const page = Number.parseInt(first(params.page) ?? "", 10);
  return { status: offered ? status : null, page: Number.isFinite(page) && page > 0 && page < 100_000 ? page : 1 };
}

export type PageInfo = { from: number; to: number; total: number | null; hasPrevious: boolean; hasNext: boolean };

/** Where this page sits in the list; without a count, a full page suggests there may be more. */
export function pageInfo(page: number, shown: number, total: number | undefined): PageInfo {
  const from = shown > 0 ? (page - 1) * PER_PAGE + 1 : 0;
  const to = shown > 0 ? from + shown - 1 : 0;
  const hasNext = total === undefined ? shown === PER_PAGE : page * PER_PAGE < total;
  return { from, to, total: total ?? null, hasPrevious: page > 1, hasNext };
}
