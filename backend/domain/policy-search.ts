import { z } from "zod";
import { STATUSES, type StatusKey } from "../../contract/statuses";
import { isISODate } from "../../contract/rules";
import { searchTermSchema } from "../../contract/policy-list";
import { ISSUED } from "../../contract/lifecycle";
import { badRequest } from "./errors";
import type { Caller } from "../security/caller";
import type { CheckedTerm, ListScope, SearchColumn } from "./stores";

const badSearch = (detail: string) => badRequest("invalid_search", detail);

type Column = { kind: "text" | "date" | "timestamp" | "status"; ops: string[] };
/** The only columns a search may use, each with the operations that make sense for it (and an index behind it). */
export const SEARCH_COLUMNS: Record<SearchColumn, Column> = {
  policy_number: { kind: "text", ops: ["equals", "in", "contains"] },
  customer_name: { kind: "text", ops: ["contains", "equals"] },
  first_name: { kind: "text", ops: ["contains", "equals"] },
  last_name: { kind: "text", ops: ["contains", "equals"] },
  email: { kind: "text", ops: ["contains", "equals"] },
  product_slug: { kind: "text", ops: ["equals", "in"] },
  subproduct_slug: { kind: "text", ops: ["equals", "in"] },
  status: { kind: "status", ops: ["equals", "in"] },
  created_on: { kind: "timestamp", ops: ["range", "equals"] },
  start_date: { kind: "date", ops: ["range", "equals"] },
  end_date: { kind: "date", ops: ["range", "equals"] },
};

export { searchTermSchema };
export type SearchTerm = z.infer<typeof searchTermSchema>;

export function statusKeys(values: string[], where = "status"): StatusKey[] {
  return values.map((v) => {
    const byName = Object.entries(STATUSES).find(([, name]) => name.toLowerCase() === v.toLowerCase())?.[0];
    const key = (v in STATUSES ? v : byName) as StatusKey | undefined;
    if (!key) throw badSearch(`${where}: "${v}" is not a status; use one of ${Object.keys(STATUSES).join(", ")}.`);
    return key;
  });
}

/** A search term the store can run as it is: a known column, an operation it allows, values of its kind. */
export function checkTerm(term: SearchTerm, index: number): CheckedTerm {
  const where = `search_terms[${index}]`;
  const column = SEARCH_COLUMNS[term.column as SearchColumn];
  if (!column) {
    const known = Object.keys(SEARCH_COLUMNS).join(", ");
    throw badSearch(`${where}.column "${term.column}" can't be searched; use one of ${known}.`);
  }
  if (!column.ops.includes(term.operation)) {
    throw badSearch(`${where}: ${term.column} can be searched with ${column.ops.join(", ")}, not ${term.operation}.`);
  }
  const values = column.kind === "status" ? statusKeys(term.values, where) : term.values;
  if (column.kind !== "text" && column.kind !== "status" && !values.every(isISODate)) {
    throw badSearch(`${where}: ${term.column} values must be dates like 2026-01-31.`);
  }
  if (term.operation === "range" && values.length !== 2) {
    throw badSearch(`${where}: range needs two values, from and to.`);
  }
  return { column: term.column as SearchColumn, kind: column.kind, operation: term.operation, values };
}

/** Which policies the caller may list at all. */
export function listScope(caller: Caller, statusFilter: StatusKey[] | null, includeChildren: boolean): ListScope {
  if (caller.kind === "customer") {
    const statuses = statusFilter ?? [...ISSUED];
    return { customerId: caller.customerId, policyNumber: caller.policyScope, statuses, includeChildren };
  }
  if (caller.kind === "user") {
    const soldByUserId = caller.permissions.includes("view_all_policies") ? null : caller.userId;
    return { soldByUserId, statuses: statusFilter, includeChildren };
  }
  return { statuses: null, includeChildren };
}
