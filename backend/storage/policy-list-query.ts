import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import {
  COUNT_CAP,
  type CheckedTerm,
  type ListPosition,
  type ListScope,
  type PolicyListPage,
  type PolicyListQuery,
  type SearchColumn,
} from "../domain/stores";
import type { Db } from "./db";
import { policies } from "./schema";
import { readListedRows } from "./listed-rows";

const COLUMNS: Record<SearchColumn, AnyColumn> = {
  policy_number: policies.policyNumber,
  customer_name: policies.customerName,
  first_name: policies.customerFirstName,
  last_name: policies.customerLastName,
  email: policies.customerEmail,
  product_slug: policies.productSlug,
  subproduct_slug: policies.productSlug,
  status: policies.status,
  created_on: policies.createdAt,
  start_date: policies.startDate,
  end_date: policies.endDate,
};
/** Each ordering's column, the type its cursor value is read back as, and whether it can be NULL. */
const ORDERINGS: Record<string, { column: AnyColumn; type: SQL; nullable?: true }> = {
  created_on: { column: policies.createdAt, type: sql.raw("timestamptz") },
  policy_number: { column: policies.policyNumber, type: sql.raw("text") },
  customer_name: { column: policies.customerName, type: sql.raw("text") },
  status: { column: policies.status, type: sql.raw("text") },
  start_date: { column: policies.startDate, type: sql.raw("date"), nullable: true },
  end_date: { column: policies.endDate, type: sql.raw("date"), nullable: true },
};

const CASE_BLIND = new Set<SearchColumn>(["customer_name", "first_name", "last_name", "email"]);
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

function termCondition(term: CheckedTerm): SQL {
  const col = COLUMNS[term.column] as never;
  const { values, kind } = term;
  switch (term.operation) {
    case "contains":
      return or(...values.map((v) => ilike(col, `%${escapeLike(v)}%`)))!;
    case "in":
      return inArray(col, values);
    case "equals":
      if (kind === "timestamp") {
        return and(gte(col, `${values[0]}T00:00:00Z`), lt(col, `${nextDay(values[0])}T00:00:00Z`))!;
      }
      // Names and emails match whatever their case; numbers and slugs are stored as they are asked for, so a plain
      // comparison can use their indexes.
      if (kind === "text" && CASE_BLIND.has(term.column)) return sql`lower(${col}) = lower(${values[0]})`;
      return eq(col, values[0]);
    case "range": {
      const [from, to] = values;
      if (kind === "timestamp") return and(gte(col, `${from}T00:00:00Z`), lt(col, `${to}T00:00:00Z`))!;
      return and(gte(col, from), lt(col, to))!;
    }
  }
}

function scopeConditions(scope: ListScope): SQL[] {
  const conditions: SQL[] = [];
  if (scope.customerId !== undefined) conditions.push(eq(policies.customerId, scope.customerId));
  if (scope.policyNumber) conditions.push(eq(policies.policyNumber, scope.policyNumber));
  if (scope.soldByUserId) conditions.push(eq(policies.soldByUserId, scope.soldByUserId));
  if (scope.statuses) conditions.push(inArray(policies.status, scope.statuses));
  if (!scope.includeChildren) conditions.push(isNull(policies.parentPolicyNumber));
  return conditions;
}

/**
 * Rows past `from` in ORDER BY column, policy_number (both ascending or both descending), as PostgreSQL sorts
 * them: NULLs last ascending, first descending. Each part is a condition the (column, policy_number) index seeks
 * to; a nullable column's rows past a place can be two runs (the values past it, and the NULLs), each read apart:
 * one condition with an OR would have the index read from its start.
 */
function pastParts(key: string, descending: boolean, from: ListPosition): SQL[] {
  const { column, type } = ORDERINGS[key];
  const { value, policyNumber: n } = from;
  const pn = policies.policyNumber;
  if (value === null) {
    const nulls = sql`(${column} IS NULL AND ${pn} ${sql.raw(descending ? "<" : ">")} ${n})`;
    return descending ? [nulls, sql`${column} IS NOT NULL`] : [nulls];
  }
  const past = sql`(${column}, ${pn}) ${sql.raw(descending ? "<" : ">")} (CAST(${value} AS ${type}), ${n})`;
  return !descending && ORDERINGS[key].nullable ? [past, sql`${column} IS NULL`] : [past];
}

/** One page of policies, each with its seller, and the count over every page when asked for. */
export async function listPolicyPage(db: Db, query: PolicyListQuery): Promise<PolicyListPage> {
  const where = and(...scopeConditions(query.scope), ...query.terms.map(termCondition));
  // The page before a row is the page after it in the opposite order (DESC puts NULLs first: the exact reverse),
  // read back to front.
  const backwards = query.before !== undefined;
  const descending = query.ordering.descending !== backwards;
  const direction = descending ? desc : asc;
  const { column } = ORDERINGS[query.ordering.key];
  const order = [direction(column), direction(policies.policyNumber)];
  // The page's policy numbers first (from the index alone where it can), then only those 100 rows are read:
  // a deep page skips index entries, not whole rows.
  const from = query.after ?? query.before;
  const pageOf = (past?: SQL) =>
    db
      .select({ n: sql<string>`${policies.policyNumber}`.as("n"), v: sql`${column}`.as("v") })
      .from(policies)
      .where(and(where, past))
      .orderBy(...order)
      .limit(query.limit)
      .offset(query.offset);
  const parts = from ? pastParts(query.ordering.key, descending, from).map(pageOf) : [pageOf()];
  const way = sql.raw(descending ? "DESC" : "ASC");
  // Two runs: each its own page, then the first page's worth of both in order (at most twice a page sorted).
  const page =
    parts.length === 1
      ? sql`(SELECT n FROM (${parts[0]}) p)`
      : sql`(SELECT n FROM ((${parts[0]}) UNION ALL (${parts[1]})) p ORDER BY v ${way}, n ${way} LIMIT ${query.limit})`;
  const read = await readListedRows(db, page, order);
  const rows = backwards ? read.reverse() : read;
  if (query.count === "none") return { rows };
  // A page by number that is not full ends the list: its place is the count.
  const byNumber = !query.after && !query.before;
  if (byNumber && rows.length < query.limit && (rows.length > 0 || query.offset === 0)) {
    return { rows, count: query.offset + rows.length };
  }
  if (query.count === "exact") return { rows, count: await exactCount(db, where) };
  // The planner's estimate first (no row read): far past the cap it is the answer, where counting even the first
  // COUNT_CAP matches can mean reading many more rows than that (a "contains" over names, a filter no index orders).
  const estimate = await estimatedCount(db, where);
  const seen = byNumber ? query.offset + rows.length : rows.length;
  if (estimate > TRUSTED_ESTIMATE) return { rows, count: Math.max(estimate, seen), countEstimated: true };
  const [{ n }] = (
    await db.execute(sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${policies} WHERE ${where ?? sql`true`}
      LIMIT ${COUNT_CAP + 1}) capped`)
  ).rows as { n: number }[];
  if (n <= COUNT_CAP) return { rows, count: n };
  return { rows, count: Math.max(COUNT_CAP + 1, estimate, seen), countEstimated: true };
}

/**
 * Beyond this many matches by the planner's estimate, the estimate is given without counting. Its errors on
 * analysed columns are a few percent, so a search it puts this far past COUNT_CAP is past it.
 */
const TRUSTED_ESTIMATE = 5 * COUNT_CAP;

async function exactCount(db: Db, where: SQL | undefined): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(policies)
    .where(where);
  return n;
}

/** The planner's estimate of the matching rows (from the table's statistics; no row is read). */
async function estimatedCount(db: Db, where: SQL | undefined): Promise<number> {
  const { rows } = await db.execute(sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${policies} WHERE ${where ?? sql`true`}`);
  const plan = (rows[0] as { "QUERY PLAN": unknown })["QUERY PLAN"];
  const parsed = (typeof plan === "string" ? JSON.parse(plan) : plan) as Array<{ Plan: { "Plan Rows": number } }>;
  return Math.round(parsed[0].Plan["Plan Rows"]);
}
