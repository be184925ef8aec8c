import type { Caller } from "../security/caller";
import type { PolicyRow } from "../storage/rows";
import { STATUS, IN_FORCE } from "../../contract/lifecycle";
import { todayISO } from "../../contract/rules";
import { inRenewalWindow } from "./renewal-window";
import { canEndorse } from "./endorsable";

/** What the caller may do with this policy now; the web app shows actions from these flags only. */
export function policyFlags(row: PolicyRow, caller: Caller, today = todayISO()) {
  const live = row.status === STATUS.active;
  const isUser = caller.kind === "user";
  return {
    // Extension: an Active policy whose product lets this caller change something (backend/products/).
    can_endorse: canEndorse(row, caller),
    can_cancel: live && (!isUser || caller.permissions.includes("cancel_policy")),
    can_renew: inRenewalWindow(row, today),
    // Extension: only a user with the permission, on a policy in force that still takes automatic payments.
    can_remove_recurring_payment:
      isUser &&
      caller.permissions.includes("remove_recurring_payment") &&
      IN_FORCE.includes(row.status) &&
      row.recurringPayment,
  };
}
