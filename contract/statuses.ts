import { z } from "zod";

export const STATUSES = {
  S_NEW: "New",
  S_QUOTED: "Quoted",
  S_PENDING_APPROVAL: "Pending-approval",
  S_ACTIVE: "Active",
  S_CANCELLATION_REQUESTED: "Cancellation-requested",
  S_CANCELLED: "Cancelled",
  S_ENDED: "Expired",
  // Extension: an application declined by underwriting, closed for good (never issued, never reopened).
  S_DECLINED: "Declined",
} as const;
export type StatusKey = keyof typeof STATUSES;
export type StatusName = (typeof STATUSES)[StatusKey];
export const statusKeySchema = z.enum(Object.keys(STATUSES) as [StatusKey, ...StatusKey[]]);
export const statusNameSchema = z.enum(Object.values(STATUSES) as [StatusName, ...StatusName[]]);
