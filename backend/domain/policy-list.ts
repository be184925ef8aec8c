import Decimal from "decimal.js";
import { policyListRequestSchema } from "../../contract/policy-list";
import { iso, type AppContext } from "../context";
import { unauthenticated } from "./errors";
import { parseWith } from "./parse";
import type { Caller } from "../security/caller";
import type { PolicyRow } from "../storage/rows";
import { getProduct } from "../products";
import { sharedKeys, userOnlyKeys } from "./policy-keys";
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
  const { rows, count } = await ctx.stores.policies.list({
    scope: listScope(caller, statuses, req.include_child_policies),
    terms,
    ordering: { key: req.ordering.replace(/^-/, ""), descending: req.ordering.startsWith("-") },
    limit: req.per_page,
    offset: (page - 1) * req.per_page,
    count: !req.no_count,
  });
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
    // Extensions: what the customer pays in all (the v3 premium is before tax), and when it last changed.
    total_price: row.pricing?.total ?? null,
    updated_at: iso(row.updatedAt),
    currency: row.pricing?.currency ?? getProduct(row.productSlug)?.pricing.currency ?? "",
    is_group_policy: false,
    ...userOnlyKeys(row, caller, { name: userName, agentCode }),
  };
}
