import type { PolicyRow } from "../storage/rows";
import { STATUS } from "../../contract/lifecycle";
import { addDays } from "./refund";

/** A policy can be renewed only in the days before its cover ends, this many. */
export const RENEWAL_WINDOW_DAYS = 30;

/** The first day a renewal is offered; null for a policy with no end of cover. */
export const renewalOpensOn = (row: Pick<PolicyRow, "endDate">) =>
  row.endDate ? addDays(row.endDate, -RENEWAL_WINDOW_DAYS) : null;

/** Active, and today inside the window up to its last day of cover. */
export function inRenewalWindow(row: Pick<PolicyRow, "status" | "endDate">, today: string): boolean {
  const opens = renewalOpensOn(row);
  return row.status === STATUS.active && !!opens && today >= opens && today <= row.endDate!;
}

/** A renewal starts the day after the current term ends. */
export const renewalStartsOn = (endDate: string) => addDays(endDate, 1);
