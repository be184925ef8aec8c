import { and, eq, gte, ilike, inArray, isNull, lt, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { z } from "zod";
import { STATUSES, type StatusKey } from "../../contract/statuses";
import { isISODate } from "../../contract/rules";
import { badRequest } from "./errors";
import type { Caller } from "../security/caller";
import { policies } from "../storage/schema";
import { ISSUED } from "../../contract/lifecycle";

const badSearch = (detail: string) => badRequest("invalid_search", detail);

type Column = { sql: AnyColumn; kind: "text" | "date" | "timestamp" | "status"; ops: string[] };
/** The only columns a search may use, each with the operations that make sense for it (and an index behind it). */
export const SEARCH_COLUMNS: Record<string, Column> = {
  policy_number: { sql: policies.policyNumber, kind: "text", ops: ["equals", "in", "contains"] },
  customer_name: { sql: policies.customerName, kind: "text", ops: ["contains", "equals"] },
  first_name: { sql: policies.customerFirstName, kind: "text", ops: ["contains", "equals"] },
  last_name: { sql: policies.customerLastName, kind: "text", ops: ["contains", "equals"] },
  email: { sql: policies.customerEmail, kind: "text", ops: ["contains", "equals"] },
  product_slug: { sql: policies.productSlug, kind: "text", ops: ["equals", "in"] },
  subproduct_slug: { sql: policies.productSlug, kind: "text", ops: ["equals", "in"] },
  status: { sql: policies.status, kind: "status", ops: ["equals", "in"] },
  created_on: { sql: policies.createdAt, kind: "timestamp", ops: ["range", "equals"] },
  start_date: { sql: policies.startDate, kind: "date", ops: ["range", "equals"] },
  end_date: { sql: policies.endDate, kind: "date", ops: ["range", "equals"] },
};

export const searchTermSchema = z.object({
  column: z.string(),
  operation: z.enum(["contains", "equals", "range", "in"], {
    error: "operation must be one of contains, equals, range, in",
  }),
  values: z
    .array(z.union([z.string(), z.number(), z.boolean()]).transform(String))
    .min(1, "values needs at least one value"),
});
export type SearchTerm = z.infer<typeof searchTermSchema>;

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

export function statusKeys(values: string[], where = "status"): StatusKey[] {
  return values.map((v) => {
    const key = (
      v in STATUSES ? v : Object.entries(STATUSES).find(([, name]) => name.toLowerCase() === v.toLowerCase())?.[0]
    ) as StatusKey | undefined;
    if (!key) throw badSearch(`${where}: "${v}" is not a status; use one of ${Object.keys(STATUSES).join(", ")}.`);
    return key;
  });
}

export function termCondition(term: SearchTerm, index: number): SQL {
  const where = `search_terms[${index}]`;
  const column = SEARCH_COLUMNS[term.column];
  if (!column)
    throw badSearch(
      `${where}.column "${term.column}" can't be searched; use one of ${Object.keys(SEARCH_COLUMNS).join(", ")}.`,
    );
  if (!column.ops.includes(term.operation))
    throw badSearch(`${where}: ${term.column} can be searched with ${column.ops.join(", ")}, not ${term.operation}.`);
  const col = column.sql as never;
  const values = column.kind === "status" ? statusKeys(term.values, where) : term.values;
  if (column.kind !== "text" && column.kind !== "status" && !values.every(isISODate))
    throw badSearch(`${where}: ${term.column} values must be dates like 2026-01-31.`);
  switch (term.operation) {
    case "contains":
      return or(...values.map((v) => ilike(col, `%${escapeLike(v)}%`)))!;
    case "in":
      return inArray(col, values);
    case "equals":
      if (column.kind === "timestamp")
        return and(gte(col, `${values[0]}T00:00:00Z`), lt(col, `${nextDay(values[0])}T00:00:00Z`))!;
      return column.kind === "text" && term.column !== "policy_number"
        ? sql`lower(${col}) = lower(${values[0]})`
        : eq(col, values[0]);
    case "range": {
      if (values.length !== 2) throw badSearch(`${where}: range needs two values, from and to.`);
      const [from, to] = values;
      if (column.kind === "timestamp") return and(gte(col, `${from}T00:00:00Z`), lt(col, `${to}T00:00:00Z`))!;
      return and(gte(col, from), lt(col, to))!;
    }
  }
}

/** Which policies the caller may list at all. */
export function visibility(caller: Caller, statusFilter: StatusKey[] | null, includeChildren: boolean): SQL[] {
  const conditions: SQL[] = [];
  if (caller.kind === "customer") {
    conditions.push(eq(policies.customerId, caller.customerId));
    if (caller.policyScope) conditions.push(eq(policies.policyNumber, caller.policyScope));
    conditions.push(inArray(policies.status, statusFilter ?? [...ISSUED]));
  } else if (caller.kind === "user") {
    if (!caller.permissions.includes("view_all_policies")) conditions.push(eq(policies.soldByUserId, caller.userId));
    if (statusFilter) conditions.push(inArray(policies.status, statusFilter));
  }
  if (!includeChildren) conditions.push(isNull(policies.parentPolicyNumber));
  return conditions;
}
