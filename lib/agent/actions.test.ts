import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogue";
import { LOCALES } from "@/lib/i18n/locales";
import { ACTION_PERMISSION, actionFacts, availableActions, missingPermissions, stillAllowed } from "./actions";

const ALL = [
  "view_all_policies",
  "cancel_policy",
  "remove_recurring_payment",
  "approve_referrals",
  "send_continue_links",
  "suspend_policies",
];
const AGENT = ["send_continue_links"];
const active = { status: "Active", can_cancel: true, can_renew: true };

describe("availableActions", () => {
  // One rule: the backend's can_* flag and the permission, both needed; a backend that sends no flag never has them.
  it.each([
    { facts: { ...active, can_suspend: true }, perms: ALL, suspend: true, reinstate: false },
    { facts: { ...active, can_suspend: true }, perms: AGENT, suspend: false, reinstate: false },
    { facts: { ...active, can_suspend: false }, perms: ALL, suspend: false, reinstate: false },
    { facts: active, perms: ALL, suspend: false, reinstate: false },
    {
      facts: { status: "Suspended", can_cancel: false, can_renew: false, can_reinstate: true },
      perms: ALL,
      suspend: false,
      reinstate: true,
    },
    {
      facts: { status: "Suspended", can_cancel: false, can_renew: false, can_reinstate: true },
      perms: AGENT,
      suspend: false,
      reinstate: false,
    },
  ])("suspend $suspend, reinstate $reinstate for %#", ({ facts, perms, suspend, reinstate }) => {
    const shown = availableActions(facts, perms);
    expect(shown.includes("suspend")).toBe(suspend);
    expect(shown.includes("reinstate")).toBe(reinstate);
  });

  it("names the missing permission when the backend offers a suspension the user can't make", () => {
    expect(missingPermissions({ ...active, can_suspend: true, can_cancel: false }, AGENT)).toContain(
      "suspend_policies",
    );
  });

  it("takes the suspension flags from a view only when the backend sends them as true", () => {
    expect(actionFacts({ ...active, can_suspend: true, can_reinstate: false })).toEqual({
      ...active,
      can_suspend: true,
    });
    expect(actionFacts({ ...active })).toEqual(active);
    expect(stillAllowed({ status: "Active" }, "suspend")).toBe(false);
    expect(stillAllowed({ status: "Suspended", can_reinstate: true }, "reinstate")).toBe(true);
  });

  it("offers remove-recurring only where the policy has one to remove and the user may remove it", () => {
    expect(availableActions({ ...active, can_remove_recurring_payment: true }, ALL)).toContain("remove-recurring");
    // A pay-once policy (the backend says there is nothing to remove): not offered, even to a supervisor.
    expect(availableActions({ ...active, can_remove_recurring_payment: false }, ALL)).not.toContain("remove-recurring");
    // Without the permission: not offered, whatever the policy (the API would answer 403).
    expect(availableActions({ ...active, can_remove_recurring_payment: true }, AGENT)).not.toContain(
      "remove-recurring",
    );
    // A backend that doesn't say: an Active policy may have one; only with the permission.
    expect(availableActions(active, ALL)).toContain("remove-recurring");
    expect(availableActions(active, AGENT)).not.toContain("remove-recurring");
    expect(availableActions({ ...active, status: "Cancelled", can_cancel: false }, ALL)).not.toContain(
      "remove-recurring",
    );
  });

  it("offers cancel only where can_cancel says so and the user has cancel_policy", () => {
    expect(availableActions(active, ALL)).toContain("cancel");
    expect(availableActions({ ...active, can_cancel: false }, ALL)).not.toContain("cancel");
    expect(availableActions(active, AGENT)).not.toContain("cancel");
  });

  it("offers decisions only on what waits for one, to users with the permission", () => {
    const requested = { status: "Cancellation-requested", can_cancel: false, can_renew: false };
    expect(availableActions(requested, ALL)).toContain("cancellation-decision");
    expect(availableActions(requested, AGENT)).not.toContain("cancellation-decision");
    const referred = { status: "Pending-approval", can_cancel: false, can_renew: false };
    expect(availableActions(referred, ALL)).toContain("referral-decision");
    expect(availableActions(referred, ["cancel_policy"])).not.toContain("referral-decision");
  });

  it("offers a continue link on an open quote to users who may send one, and copy always", () => {
    const quoted = { status: "Quoted", can_cancel: false, can_renew: false };
    expect(availableActions(quoted, AGENT)).toEqual(["copy", "continue-link"]);
    expect(availableActions(quoted, [])).toEqual(["copy"]);
    expect(availableActions({ ...active, can_remove_recurring_payment: false }, AGENT)).toEqual(["copy", "renew"]);
  });
});

describe("missingPermissions", () => {
  it("names what the policy allows but the user may not do", () => {
    const requested = { status: "Cancellation-requested", can_cancel: false, can_renew: false };
    expect(missingPermissions(requested, AGENT)).toEqual(["cancel_policy"]);
    expect(missingPermissions(requested, ALL)).toEqual([]);
  });

  it("has each permission it can name worded in every language", () => {
    for (const locale of LOCALES) {
      const t = translator(locale, "agentActions");
      for (const permission of new Set(Object.values(ACTION_PERMISSION))) expect(t(permission)).not.toBe(permission);
    }
  });
});

describe("stillAllowed (a conflict's fresh policy)", () => {
  it("says whether the action can still be done to the policy as it is now", () => {
    expect(stillAllowed({ status: "Active", can_cancel: true }, "cancel")).toBe(true);
    expect(stillAllowed({ status: "Cancelled", can_cancel: false }, "cancel")).toBe(false);
    // A fresh policy without flags: its status decides.
    expect(stillAllowed({ status: "Cancelled" }, "cancel")).toBe(false);
    expect(stillAllowed({ status: "Active" }, "cancellation-decision")).toBe(false);
    expect(stillAllowed({ status: "Cancellation-requested" }, "cancellation-decision")).toBe(true);
  });
});

describe("actionFacts", () => {
  it("keeps the recurring-payment flag only when the backend sends one", () => {
    expect(actionFacts({ ...active, can_remove_recurring_payment: false })).toEqual({
      ...active,
      can_remove_recurring_payment: false,
    });
    expect(actionFacts({ ...active, can_remove_recurring_payment: "yes" } as never)).toEqual(active);
  });
});
