import Decimal from "decimal.js";
import { iso } from "../context";
import type { Caller } from "../security/caller";
import type { ListedPolicy } from "../storage/rows";
import { getProduct } from "../products";
import type { ProductDefinition } from "../products/definition";
import { DEFAULT_LOCALE } from "../../contract/locales";
import { STATUS, IN_FORCE } from "../../contract/lifecycle";
import { statusName } from "./journey/respond";
import { canEndorse } from "./endorsable";
import { RENEWAL_WINDOW_DAYS } from "./renewal-window";
import { addDays } from "./refund";

export type ListedRow = { policy: ListedPolicy; userName: string | null; agentCode: string | null };

/**
 * A page of the list as the v3 API shows it: the view's keys (policy-keys.ts) and the list's own, in the same order.
 * Each item is one object literal: built from spreads, an item of 33 keys fell into dictionary mode (about 10 KB and
 * 50 µs each, most of a page's cost). What depends only on the caller, the day or the product is worked out once.
 */
export function listItems(rows: ListedRow[], caller: Caller, today: string) {
  const isUser = caller.kind === "user";
  const may = (permission: string) => isUser && caller.permissions.includes(permission);
  const page: PageFacts = {
    caller,
    today,
    // Inside the renewal window: the cover ends today or within RENEWAL_WINDOW_DAYS after it (renewal-window.ts).
    lastEndInWindow: addDays(today, RENEWAL_WINDOW_DAYS),
    mayCancel: !isUser || may("cancel_policy"),
    maySuspend: may("suspend_policies"),
    mayRemoveRecurring: may("remove_recurring_payment"),
    products: new Map(),
  };
  return isUser ? rows.map((r) => userItem(r, page)) : rows.map((r) => item(r.policy, page));
}

type PageFacts = {
  caller: Caller;
  today: string;
  lastEndInWindow: string;
  mayCancel: boolean;
  maySuspend: boolean;
  mayRemoveRecurring: boolean;
  products: Map<string, ProductFacts>;
};
type ProductFacts = { name: string; currency: string; product: ProductDefinition | undefined };

function productFacts(page: PageFacts, slug: string): ProductFacts {
  let facts = page.products.get(slug);
  if (!facts) {
    const product = getProduct(slug);
    facts = { name: product?.name ?? slug, currency: product?.pricing.currency ?? "", product };
    page.products.set(slug, facts);
  }
  return facts;
}

/** What each item shows that takes more than reading a column. */
function worked(row: ListedPolicy, page: PageFacts) {
  const product = productFacts(page, row.productSlug);
  const live = row.status === STATUS.active;
  return {
    product: product.name,
    live,
    premium: row.pricing ? new Decimal(row.pricing.total).minus(row.pricing.total_taxes).toNumber() : null,
    renewable: live && !!row.endDate && row.endDate >= page.today && row.endDate <= page.lastEndInWindow,
    currency: row.pricing?.currency ?? product.currency,
  };
}

// The two literals below list the same first 25 keys: a parity test (policy-list-item.test.ts) holds them to the
// view's keys and order. (`{ ...item, created_on }` is the dictionary-mode object this file avoids.)

function item(row: ListedPolicy, page: PageFacts) {
  const w = worked(row, page);
  return {
    customer_name: row.customerName,
    policy_number: row.policyNumber,
    parent_policy_number: row.parentPolicyNumber,
    product_name: w.product,
    product_slug: row.productSlug,
    subproduct_name: w.product,
    subproduct_slug: row.productSlug,
    status: statusName(row.status),
    start_date: row.startDate,
    end_date: row.endDate,
    renewed_from_policy_number: row.renewedFromPolicyNumber,
    partnership: row.partnership,
    language: row.language ?? DEFAULT_LOCALE,
    can_endorse: w.live && canEndorse(row, page.caller),
    can_cancel: w.live && page.mayCancel,
    can_renew: w.renewable,
    can_suspend: w.live && page.maySuspend,
    can_reinstate: row.status === STATUS.suspended && page.maySuspend,
    can_remove_recurring_payment: page.mayRemoveRecurring && IN_FORCE.includes(row.status) && row.recurringPayment,
    premium: w.premium,
    total_price: row.pricing?.total ?? null,
    updated_at: iso(row.updatedAt),
    currency: w.currency,
    is_group_policy: false,
  };
}

/** A user's item: the same keys, then those shown to users only (policy-keys.ts `userOnlyKeys`). */
function userItem({ policy: row, userName, agentCode }: ListedRow, page: PageFacts) {
  const w = worked(row, page);
  const updatedAt = iso(row.updatedAt)!;
  return {
    customer_name: row.customerName,
    policy_number: row.policyNumber,
    parent_policy_number: row.parentPolicyNumber,
    product_name: w.product,
    product_slug: row.productSlug,
    subproduct_name: w.product,
    subproduct_slug: row.productSlug,
    status: statusName(row.status),
    start_date: row.startDate,
    end_date: row.endDate,
    renewed_from_policy_number: row.renewedFromPolicyNumber,
    partnership: row.partnership,
    language: row.language ?? DEFAULT_LOCALE,
    can_endorse: w.live && canEndorse(row, page.caller),
    can_cancel: w.live && page.mayCancel,
    can_renew: w.renewable,
    can_suspend: w.live && page.maySuspend,
    can_reinstate: row.status === STATUS.suspended && page.maySuspend,
    can_remove_recurring_payment: page.mayRemoveRecurring && IN_FORCE.includes(row.status) && row.recurringPayment,
    premium: w.premium,
    total_price: row.pricing?.total ?? null,
    updated_at: updatedAt,
    currency: w.currency,
    is_group_policy: false,
    created_on: iso(row.createdAt)!.slice(0, 10),
    last_updated_on: updatedAt.slice(0, 10),
    last_updated_by: row.updatedBy,
    user: userName,
    agent_code: agentCode,
    distributor_id: row.distributorId,
    touchpoint_id: row.touchpointId,
    referrer_url: row.referrerUrl,
  };
}
