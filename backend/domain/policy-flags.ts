import type { Caller } from "../security/caller";
import type { ListedPolicy } from "../storage/rows";
import { STATUS, IN_FORCE } from "../../contract/lifecycle";
import { todayISO } from "../../contract/rules";
import { inRenewalWindow } from "./renewal-window";
import { canEndorse } from "./endorsable";

/** What the caller may do with this policy now; the web app shows actions from these flags only. */
export function policyFlags(row: ListedPolicy, caller: Caller, today = todayISO()) {
  const live = row.status === STATUS.active;
  const isUser = caller.kind === "user";
  const maySuspend = isUser && caller.permissions.includes("suspend_policies");
  return {
    // Extension: an Active policy whose product lets this caller change something (backend/products/).
    can_endorse: canEndorse(row, caller),
    can_cancel: live && (!isUser || caller.permissions.includes("cancel_policy")),
    can_renew: inRenewalWindow(row, today),
    // Extension: a user with suspend_policies pauses an Active policy's cover and reinstates a Suspended one.
    can_suspend: live && maySuspend,
    can_reinstate: row.status === STATUS.suspended && maySuspend,
    // Extension: only a user with the permission, on a policy in force that still takes automatic payments.
    can_remove_recurring_payment:
      isUser &&
      caller.permissions.includes("remove_recurring_payment") &&
      IN_FORCE.includes(row.status) &&
      row.recurringPayment,
  };
}
