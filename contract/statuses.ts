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
  // Extension: an issued policy whose cover an agent has suspended (e.g. an unpaid instalment) until reinstated.
  S_SUSPENDED: "Suspended",
} as const;
export type StatusKey = keyof typeof STATUSES;
export type StatusName = (typeof STATUSES)[StatusKey];

/** A status key, checked without zod: this file is in the browser's JavaScript wherever a status is shown. */
export const isStatusKey = (value: unknown): value is StatusKey =>
  typeof value === "string" && Object.hasOwn(STATUSES, value);
