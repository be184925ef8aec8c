import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { iso } from "../context";
import type { Caller } from "../security/caller";
import type { ListedPolicy } from "../storage/rows";
import { getProduct } from "../products";
import { STATUS } from "../../contract/lifecycle";
import { addDays } from "./refund";
import { sharedKeys, userOnlyKeys } from "./policy-keys";
import { listItems, type ListedRow } from "./policy-list-item";

const user = (permissions: string[]): Caller => ({
  kind: "user",
  userId: "u1",
  name: "A User",
  agentCode: null,
  permissions,
  tokenHash: "",
  quoteToken: null,
});
const CALLERS: Array<[string, Caller]> = [
  ["a supervisor", user(["view_all_policies", "cancel_policy", "remove_recurring_payment", "suspend_policies"])],
  ["an underwriter", user(["approve_referrals"])],
  ["an agent with no permission", user([])],
  ["a customer", { kind: "customer", customerId: "c1", policyScope: null, tokenHash: "", quoteToken: null }],
];
const today = "2026-03-15";
const pricing = {
  currency: "EUR",
  amount_pre_fees_and_taxes: "90.10",
  fees: [],
  total_fees: "0.00",
  taxes: [],
  total_taxes: "10.20",
  total: "100.30",
};

const base: ListedPolicy = {
  policyNumber: "P1",
  productSlug: "bicycle",
  status: STATUS.active,
  versionId: "v1",
  versionSeq: 1,
  customerId: "c1",
  soldByUserId: null,
  parentPolicyNumber: null,
  renewedFromPolicyNumber: null,
  isRenewal: false,
  pricing,
  paymentMode: "annual",
  recurringPayment: true,
  startDate: "2025-06-01",
  endDate: "2026-05-31",
  customerName: "Ada Lovelace",
  customerFirstName: "Ada",
  customerLastName: "Lovelace",
  customerEmail: "ada@example.com",
  cancellationReason: null,
  terminationDate: null,
  partnership: "p",
  distributorId: "d",
  touchpointId: "t",
  referrerUrl: "https://example.com/",
  language: "en",
  createdAt: "2025-05-30 23:30:00.5+00",
  updatedAt: "2026-01-02 10:00:00+01",
  updatedBy: "Someone",
};

/** Every kind of row the flags and keys tell apart: statuses, the renewal window's edges, no price, no product. */
const ROWS: ListedPolicy[] = [
  ...Object.values(STATUS).map((status) => ({ ...base, status })),
  ...[-1, 0, 1, 29, 30, 31, 400].map((days) => ({ ...base, endDate: addDays(today, days) })),
  { ...base, endDate: null, startDate: null },
  { ...base, pricing: null },
  { ...base, pricing: null, productSlug: "no-such-product" },
  { ...base, recurringPayment: false, status: STATUS.cancellationRequested },
  { ...base, productSlug: "travel", parentPolicyNumber: "P0", renewedFromPolicyNumber: "P-1", language: "ar" },
  { ...base, language: null as unknown as "en" },
];

/** The list item as it was first written: the view's keys, the list's own, then the users' keys. */
function asBefore(row: ListedPolicy, caller: Caller, userName: string | null, agentCode: string | null) {
  const premium = row.pricing ? new Decimal(row.pricing.total).minus(row.pricing.total_taxes).toNumber() : null;
  return {
    ...sharedKeys(row, caller, today),
    premium,
    total_price: row.pricing?.total ?? null,
    updated_at: iso(row.updatedAt),
    currency: row.pricing?.currency ?? getProduct(row.productSlug)?.pricing.currency ?? "",
    is_group_policy: false,
    ...userOnlyKeys(row, caller, { name: userName, agentCode }),
  };
}

describe("a page of the list", () => {
  const rows: ListedRow[] = ROWS.map((policy, i) => ({
    policy,
    userName: i % 2 ? "Seller" : null,
    agentCode: i % 3 ? "A1" : null,
  }));

  it.each(CALLERS)("for %s: the same keys, in the same order, with the same values as the view's", (_, caller) => {
    const items = listItems(rows, caller, today);
    const expected = rows.map((r) => asBefore(r.policy, caller, r.userName, r.agentCode));
    expect(JSON.stringify(items)).toBe(JSON.stringify(expected));
  });

  it("a policy is renewable from 30 days before its last day of cover to that day", () => {
    const renewable = listItems(rows, CALLERS[0][1], today)
      .filter((item) => item.can_renew)
      .map((item) => item.end_date);
    expect(renewable).toEqual([0, 1, 29, 30].map((days) => addDays(today, days)));
  });
});
