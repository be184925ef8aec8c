import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { CheckedTerm, ListScope, PolicyListPage, PolicyListQuery, SearchColumn } from "../domain/stores";
import type { Db } from "./db";
import { policies, users } from "./schema";

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
const ORDERINGS: Record<string, AnyColumn> = {
  created_on: policies.createdAt,
  policy_number: policies.policyNumber,
  customer_name: policies.customerName,
  status: policies.status,
  start_date: policies.startDate,
  end_date: policies.endDate,
};

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
      if (kind === "text" && term.column !== "policy_number") return sql`lower(${col}) = lower(${values[0]})`;
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

/** One page of policies, each with its seller, and the count over every page when asked for. */
export async function listPolicyPage(db: Db, query: PolicyListQuery): Promise<PolicyListPage> {
  const where = and(...scopeConditions(query.scope), ...query.terms.map(termCondition));
  const direction = query.ordering.descending ? desc : asc;
  const rows = await db
    .select({ policy: policies, userName: users.name, agentCode: users.agentCode })
    .from(policies)
    .leftJoin(users, eq(users.id, policies.soldByUserId))
    .where(where)
    .orderBy(direction(ORDERINGS[query.ordering.key]), direction(policies.policyNumber))
    .limit(query.limit)
    .offset(query.offset);
  if (!query.count) return { rows };
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(policies)
    .where(where);
  return { rows, count: n };
}
