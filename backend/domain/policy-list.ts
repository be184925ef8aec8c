import { z } from "zod";
import { isISODate, todayISO } from "../../contract/rules";
import { policyListRequestSchema } from "../../contract/policy-list";
import type { AppContext } from "../context";
import { badRequest, unauthenticated } from "./errors";
import { parseWith } from "./parse";
import type { Caller } from "../security/caller";
import type { ListedPolicy } from "../storage/rows";
import { listItems } from "./policy-list-item";
import { checkTerm, listScope, statusKeys } from "./policy-search";

export async function listPolicies(ctx: AppContext, caller: Caller, input: unknown) {
  if (caller.kind === "anonymous") throw unauthenticated("Sign in to see your policies.");
  const req = parseWith(policyListRequestSchema, input);
  const page = req.page > 0 ? req.page : 1;
  const statuses = req.status
    ? statusKeys(
        [req.status]
          .flat()
          .flatMap((s) => s.split(","))
          .map((s) => s.trim())
          .filter(Boolean),
      )
    : null;
  const terms = req.search_terms.map(checkTerm);
  const ordering = { key: req.ordering.replace(/^-/, ""), descending: req.ordering.startsWith("-") };
  const from = req.cursor === undefined ? undefined : readCursor(req.cursor, req.ordering);
  const { rows, count, countEstimated } = await ctx.stores.policies.list({
    scope: listScope(caller, statuses, req.include_child_policies),
    terms,
    ordering,
    limit: req.per_page,
    // A cursor says where the page starts (or ends); `page` counts from the first page.
    offset: from ? 0 : (page - 1) * req.per_page,
    ...(from?.backwards ? { before: from.position } : from ? { after: from.position } : {}),
    count: req.no_count ? "none" : req.exact_count ? "exact" : "capped",
  });
  const first = rows.at(0)?.policy;
  const last = rows.at(-1)?.policy;
  const full = rows.length === req.per_page;
  // Going back from a page that came back short (the list's start reached) leaves nothing before it.
  const notFirst = from ? !from.backwards || full : page > 1;
  return {
    ...(count === undefined ? {} : { policies_count: count }),
    ...(countEstimated ? { policies_count_estimated: true } : {}),
    ...(last && (full || from?.backwards) ? { next_cursor: writeCursor(req.ordering, last) } : {}),
    ...(first && notFirst ? { previous_cursor: writeCursor(req.ordering, first, true) } : {}),
    policies: listItems(rows, caller, todayISO()),
  };
}

const ORDER_VALUE: Record<string, (row: ListedPolicy) => string | null> = {
  created_on: (r) => r.createdAt,
  policy_number: (r) => r.policyNumber,
  customer_name: (r) => r.customerName,
  status: (r) => r.status,
  start_date: (r) => r.startDate,
  end_date: (r) => r.endDate,
};

/** Opaque to callers: the ordering it was made for, a row's place in it, and whether it leads to the rows before. */
function writeCursor(ordering: string, row: ListedPolicy, backwards = false): string {
  const key = ordering.replace(/^-/, "");
  const place = [ordering, ORDER_VALUE[key](row), row.policyNumber];
  return Buffer.from(JSON.stringify(backwards ? [...place, "before"] : place)).toString("base64url");
}

const place = [z.string(), z.string().nullable(), z.string()] as const;
const cursorSchema = z.union([z.tuple(place), z.tuple([...place, z.literal("before")])]);

type CursorPlace = { position: { value: string | null; policyNumber: string }; backwards: boolean };

function readCursor(cursor: string, ordering: string): CursorPlace {
  const refused = () => badRequest("invalid_search", "cursor is not one this API gave out; start again without it.");
  let decoded: unknown = null;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refused();
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success) throw refused();
  const [madeFor, value, policyNumber, before] = parsed.data;
  if (madeFor !== ordering)
    throw badRequest("invalid_search", `This cursor is for ordering ${madeFor}; send the same ordering with it.`);
  if (value !== null && !isValidValue(ordering, value)) throw refused();
  return { position: { value, policyNumber }, backwards: before === "before" };
}

/** A value that can't be read back as its column's type would be a 5xx in the query: refused here instead. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

function isValidValue(ordering: string, value: string): boolean {
  const key = ordering.replace(/^-/, "");
  // Only the shapes the database writes (it refuses dates like 2026-02-31 that JavaScript would roll over).
  if (key === "created_on") return TIMESTAMP.test(value) && isISODate(value.slice(0, 10));
  if (key === "start_date" || key === "end_date") return isISODate(value);
  return true;
}
