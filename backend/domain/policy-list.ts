import { and, asc, desc, eq, sql } from "drizzle-orm";
import Decimal from "decimal.js";
import { POLICY_ORDERINGS, policyListRequestSchema } from "../../contract/policy-list";
import type { AppContext } from "../context";
import { unauthenticated } from "../http/errors";
import { parseWith } from "../http/parse";
import type { Caller } from "../security/caller";
import { policies, users, type PolicyRow } from "../storage/schema";
import { getProduct } from "../products";
import { sharedKeys, userOnlyKeys } from "./policy-keys";
import { statusKeys, termCondition, visibility } from "./policy-search";

const ORDERINGS = {
  created_on: policies.createdAt,
  policy_number: policies.policyNumber,
  customer_name: policies.customerName,
  status: policies.status,
  start_date: policies.startDate,
  end_date: policies.endDate,
} as const satisfies Record<(typeof POLICY_ORDERINGS)[number], unknown>;
type Ordering = keyof typeof ORDERINGS;


export async function listPolicies(ctx: AppContext, caller: Caller, input: unknown) {
  if (caller.kind === "anonymous") throw unauthenticated("Sign in to see your policies.");
  const req = parseWith(policyListRequestSchema, input);
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
