import Decimal from "decimal.js";
import { z } from "zod";
import type { AppContext } from "../context";
import { unauthenticated } from "./errors";
import { parseWith } from "./parse";
import type { Caller } from "../security/caller";
import type { PolicyRow } from "../storage/rows";
import { LIST_ORDERINGS } from "./stores";
import { getProduct } from "../products";
import { sharedKeys, userOnlyKeys } from "./policy-keys";
import { checkTerm, listScope, searchTermSchema, statusKeys } from "./policy-search";


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
  ordering: z
    .string()
    .regex(
      new RegExp(`^-?(${LIST_ORDERINGS.join("|")})$`),
      `ordering must be one of ${LIST_ORDERINGS.join(", ")}, with - for descending`,
    )
    .default("-created_on"),
});

export async function listPolicies(ctx: AppContext, caller: Caller, input: unknown) {
  if (caller.kind === "anonymous") throw unauthenticated("Sign in to see your policies.");
  const req = parseWith(listRequestSchema, input);
  const page = req.page > 0 ? req.page : 1;
  const statuses = req.status ? statusKeys([req.status].flat().flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)) : null;
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
    currency: row.pricing?.currency ?? getProduct(row.productSlug)?.pricing.currency ?? "",
    is_group_policy: false,
    ...userOnlyKeys(row, caller, { name: userName, agentCode }),
  };
}
