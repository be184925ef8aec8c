import { describe, expect, it } from "vitest";
import type { AppContext } from "../context";
import type { Caller } from "../security/caller";
import type { PolicyRow } from "../storage/rows";
import { STATUS } from "../../contract/lifecycle";
import { todayISO } from "../../contract/rules";
import { NO_VIEW_PARTS } from "../storage/policy-view-parts";
import { sharedKeys, userOnlyKeys } from "./policy-keys";
import { buildView } from "./policy-view";

const now = new Date("2026-03-15T10:00:00Z");
const ctx = { now: () => now } as unknown as AppContext;
const row: PolicyRow = {
  policyNumber: "P1",
  productSlug: "bicycle",
  status: STATUS.quoted,
  versionId: "v1",
  versionSeq: 1,
  quoteTokenHash: null,
  customerId: "c1",
  soldByUserId: "u1",
  parentPolicyNumber: null,
  renewedFromPolicyNumber: null,
  isRenewal: false,
  answers: {},
  progress: {
    currentFormId: null,
    completed: [],
    otpVerified: false,
    outcome: null,
    outcomeMessage: null,
    referralDecision: null,
  } as unknown as PolicyRow["progress"],
  pricing: null,
  paymentMode: null,
  recurringPayment: false,
  startDate: "2026-04-01",
  endDate: "2027-03-31",
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
  createdAt: "2026-03-01 09:00:00+00",
  updatedAt: "2026-03-02 09:00:00+00",
  updatedBy: "Someone",
};
const CALLERS: Array<[string, Caller]> = [
  ["a customer", { kind: "customer", customerId: "c1", policyScope: null, tokenHash: "", quoteToken: null }],
  ["a quote's browser", { kind: "anonymous", quoteToken: "t" }],
  [
    "a user",
    {
      kind: "user",
      userId: "u1",
      name: "A User",
      agentCode: "A1",
      permissions: ["view_all_policies", "cancel_policy", "suspend_policies", "remove_recurring_payment"],
      tokenHash: "",
      quoteToken: null,
    },
  ],
];
const seller = { name: "A User", agentCode: "A1" };

// The view lists the keys it shares with the list one by one (policy-view.ts says why): the same keys, values and
// order as policy-keys.ts, then its own, then (for users) the users' keys last.
describe("the policy view's keys", () => {
  for (const [who, caller] of CALLERS) {
    for (const status of [STATUS.new, STATUS.quoted, STATUS.declined]) {
      it(`${who}, ${status}: starts with the shared keys and ends with the users' keys`, async () => {
        const policy = { ...row, status };
        const view = await buildView(ctx, caller, policy, null, { ...NO_VIEW_PARTS, seller });
        const shared = sharedKeys(policy, caller, todayISO(now));
        const userOnly = userOnlyKeys(policy, caller, seller);
        const keys = Object.keys(view);
        expect(keys.slice(0, Object.keys(shared).length)).toEqual(Object.keys(shared));
        expect(view).toMatchObject(shared);
        expect(keys.slice(keys.length - Object.keys(userOnly).length)).toEqual(Object.keys(userOnly));
        expect(view).toMatchObject(userOnly);
        expect(keys).toContain("version_id");
      });
    }
  }
});
