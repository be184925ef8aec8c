import { STATUSES, type StatusKey } from "./statuses";

/** Each status by name, so code says `STATUS.active` and a typo fails the build. */
export const STATUS = {
  new: "S_NEW",
  quoted: "S_QUOTED",
  pendingApproval: "S_PENDING_APPROVAL",
  active: "S_ACTIVE",
  cancellationRequested: "S_CANCELLATION_REQUESTED",
  cancelled: "S_CANCELLED",
  ended: "S_ENDED",
  declined: "S_DECLINED",
  suspended: "S_SUSPENDED",
} as const satisfies Record<string, StatusKey>;

/** Still being bought: the answers, the quote or the underwriter's decision are open. */
export const BEING_BOUGHT: readonly StatusKey[] = [STATUS.new, STATUS.quoted, STATUS.pendingApproval];
/** A quote the customer can still change or continue (nothing waits on an underwriter). */
export const OPEN_QUOTE: readonly StatusKey[] = [STATUS.new, STATUS.quoted];
/** Bought: a policy was issued, whatever became of it since; it has documents. */
export const ISSUED: readonly StatusKey[] = [
  STATUS.active,
  STATUS.cancellationRequested,
  STATUS.cancelled,
  STATUS.ended,
  STATUS.suspended,
];
/** Issued and still covering: it can be cancelled. */
export const IN_FORCE: readonly StatusKey[] = [STATUS.active, STATUS.cancellationRequested];
/** Issued and over. */
export const CLOSED: readonly StatusKey[] = [STATUS.cancelled, STATUS.ended];
/** Never issued and closed for good: declined by underwriting; it can't be continued, changed or bought. */
export const DECLINED: readonly StatusKey[] = [STATUS.declined];
/** Extension: issued but its cover paused by an agent until reinstated; it still expires at its end date. */
export const SUSPENDED: readonly StatusKey[] = [STATUS.suspended];
/** Issued and can be renewed. */
export const RENEWABLE: readonly StatusKey[] = [STATUS.active, STATUS.ended];

/** Where each status may go next; staying put (a change that keeps the status) is always allowed. */
export const TRANSITIONS: Record<StatusKey, readonly StatusKey[]> = {
  S_NEW: [STATUS.quoted, STATUS.pendingApproval, STATUS.declined],
  S_QUOTED: [STATUS.new, STATUS.pendingApproval, STATUS.active, STATUS.declined],
  S_PENDING_APPROVAL: [STATUS.new, STATUS.quoted, STATUS.declined],
  S_ACTIVE: [STATUS.cancellationRequested, STATUS.cancelled, STATUS.ended, STATUS.suspended],
  S_CANCELLATION_REQUESTED: [STATUS.active, STATUS.cancelled],
  S_CANCELLED: [],
  S_ENDED: [],
  S_DECLINED: [],
  S_SUSPENDED: [STATUS.active, STATUS.ended],
};

export const canTransition = (from: StatusKey, to: StatusKey): boolean => from === to || TRANSITIONS[from].includes(to);

export const isStatusIn = (group: readonly StatusKey[], status: string): boolean =>
  (group as readonly string[]).includes(status);

/** The same groups by the names the API shows (`"Active"`), for the web side. */
export const namesOf = (group: readonly StatusKey[]): string[] => group.map((key) => STATUSES[key]);
