import { and, asc, desc, eq, sql } from "drizzle-orm";
import Decimal from "decimal.js";
import { z } from "zod";
import type { AppContext } from "../context";
import { unauthenticated } from "./errors";
import { parseWith } from "./parse";
import type { Caller } from "../security/caller";
import { policies, users, type PolicyRow } from "../storage/schema";
import { getProduct } from "../products";
import { sharedKeys, userOnlyKeys } from "./policy-keys";
import { searchTermSchema, statusKeys, termCondition, visibility } from "./policy-search";

const ORDERINGS = {
  created_on: policies.createdAt,
  policy_number: policies.policyNumber,
  customer_name: policies.customerName,
  status: policies.status,
  start_date: policies.startDate,
  end_date: policies.endDate,
} as const;
type Ordering = keyof typeof ORDERINGS;

const flag = z.union([z.boolean(), z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1")]);
export const listRequestSchema = z.object({
  page: z.coerce.number().int().catch(1).default(1),
  // The v3 document describes 1000 as a maximum served, not a limit to refuse.
  per_page: z.coerce
    .number()
    .int()
    .min(1, "per_page must be at least 1")
    .transform((n) => Math.min(n, 1000))
    .default(100),
  status: z.union([z.string(), z.array(z.string())]).optional(),
  include_child_policies: flag.default(false),
  no_count: flag.default(false),
  search_terms: z.array(searchTermSchema).max(20, "use at most 20 search terms").default([]),
  ordering: z.string().regex(new RegExp(`^-?(${Object.keys(ORDERINGS).join("|")})$`), `ordering must be one of ${Object.keys(ORDERINGS).join(", ")}, with - for descending`).default("-created_on"),
});

export async function listPolicies(ctx: AppContext, caller: Caller, input: unknown) {
  if (caller.kind === "anonymous") throw unauthenticated("Sign in to see your policies.");
  const req = parseWith(listRequestSchema, input);
  const page = req.page > 0 ? req.page : 1;
  const statuses = req.status ? statusKeys([req.status].flat().flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)) : null;
  const where = and(...visibility(caller, statuses, req.include_child_policies), ...req.search_terms.map(termCondition));
  const key = req.ordering.replace(/^-/, "") as Ordering;
  const direction = req.ordering.startsWith("-") ? desc : asc;
  const rows = await ctx.db
    .select({ policy: policies, userName: users.name, agentCode: users.agentCode })
    .from(policies)
    .leftJoin(users, eq(users.id, policies.soldByUserId))
    .where(where)
    .orderBy(direction(ORDERINGS[key]), direction(policies.policyNumber))
    .limit(req.per_page)
    .offset((page - 1) * req.per_page);
  const count = req.no_count ? undefined : (await ctx.db.select({ n: sql<number>`count(*)::int` }).from(policies).where(where))[0].n;
  return {
    ...(count === undefined ? {} : { policies_count: count }),
    policies: rows.map((r) => listItem(r.policy, caller, r.userName, r.agentCode)),
  };
}

export function listItem(row: PolicyRow, caller: Caller, userName: string | null, agentCode: string | null) {
  const premium = row.pricing ? new Decimal(row.pricing.total).minus(row.pricing.total_taxes).toNumber() : null;
  return {
    ...sharedKeys(row, caller),
    premium,
    currency: row.pricing?.currency ?? getProduct(row.productSlug)?.pricing.currency ?? "",
    is_group_policy: false,
    ...userOnlyKeys(row, caller, { name: userName, agentCode }),
  };
}
