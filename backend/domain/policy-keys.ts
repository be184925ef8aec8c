import type { AppContext } from "../context";
import { iso } from "../context";
import type { Caller } from "../security/caller";
import type { ListedPolicy, PolicyRow } from "../storage/rows";
import { getProduct } from "../products";
import { DEFAULT_LOCALE } from "../../contract/locales";
import { statusName } from "./journey/respond";
import { policyFlags } from "./policy-flags";

/** The keys the v3 list and view share. */
export function sharedKeys(row: ListedPolicy, caller: Caller, today?: string) {
  const name = getProduct(row.productSlug)?.name ?? row.productSlug;
  return {
    customer_name: row.customerName,
    policy_number: row.policyNumber,
    parent_policy_number: row.parentPolicyNumber,
    product_name: name,
    product_slug: row.productSlug,
    subproduct_name: name,
    subproduct_slug: row.productSlug,
    status: statusName(row.status),
    start_date: row.startDate,
    end_date: row.endDate,
    renewed_from_policy_number: row.renewedFromPolicyNumber,
    partnership: row.partnership,
    // Versions saved before the column existed have none: they were all in English.
    language: row.language ?? DEFAULT_LOCALE,
    ...policyFlags(row, caller, today),
  };
}

export type Seller = { name: string | null; agentCode: string | null };

export async function sellerOf(ctx: AppContext, row: PolicyRow): Promise<Seller> {
  if (!row.soldByUserId) return { name: null, agentCode: null };
  const u = await ctx.stores.users.seller(row.soldByUserId);
  return { name: u?.name ?? null, agentCode: u?.agentCode ?? null };
}

/** Keys shown to users (agents, staff) only. */
export function userOnlyKeys(row: ListedPolicy, caller: Caller, seller: Seller) {
  if (caller.kind !== "user") return {};
  return {
    created_on: iso(row.createdAt)!.slice(0, 10),
    last_updated_on: iso(row.updatedAt)!.slice(0, 10),
    last_updated_by: row.updatedBy,
    user: seller.name,
    agent_code: seller.agentCode,
    // Extension: the reference policy object's keys for a quote started on a partner's site.
    distributor_id: row.distributorId,
    touchpoint_id: row.touchpointId,
    referrer_url: row.referrerUrl,
  };
}
