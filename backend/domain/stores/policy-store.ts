import type { StatusKey } from "../../../contract/statuses";
import type {
  AttachmentRow,
  EndorsementRow,
  InstalmentRow,
  ListedPolicy,
  OutboxRow,
  PaymentRow,
  PolicyRow,
} from "../../storage/rows";

export type ChangeMeta = { by: string; at: string; reason?: string; note?: string };

export type NewPolicy = Omit<
  PolicyRow,
  "policyNumber" | "versionId" | "versionSeq" | "createdAt" | "updatedAt" | "updatedBy"
>;

export type VersionSummary = {
  seq: number;
  versionId: string;
  status: StatusKey;
  changedAt: string;
  changedBy: string;
  reasonText: string;
  note: string;
};

export type SearchColumn =
  | "policy_number"
  | "customer_name"
  | "first_name"
  | "last_name"
  | "email"
  | "product_slug"
  | "subproduct_slug"
  | "status"
  | "created_on"
  | "start_date"
  | "end_date";

export type CheckedTerm = {
  column: SearchColumn;
  kind: "text" | "date" | "timestamp" | "status";
  operation: "contains" | "equals" | "range" | "in";
  values: string[];
};

/** Who may see what: each key set narrows the list. */
export type ListScope = {
  customerId?: string;
  policyNumber?: string | null;
  soldByUserId?: string | null;
  statuses: StatusKey[] | null;
  includeChildren: boolean;
};

export const LIST_ORDERINGS = ["created_on", "policy_number", "customer_name", "status", "start_date", "end_date"];

/** A row's place in an ordering: its ordering column's value and its policy number (the tie-break). */
export type ListPosition = { value: string | null; policyNumber: string };

export type PolicyListQuery = {
  scope: ListScope;
  terms: CheckedTerm[];
  ordering: { key: string; descending: boolean };
  limit: number;
  offset: number;
  /** After this row of the same ordering (keyset paging). */
  after?: ListPosition;
  /** Or the page just before this row (keyset paging backwards), rows still in the ordering's order. */
  before?: ListPosition;
  /** "capped": exact up to COUNT_CAP matches, the planner's estimate beyond (cheap on any table size). */
  count: "none" | "capped" | "exact";
};

/** Up to this many matches a capped count is exact. */
export const COUNT_CAP = 10_000;

export type PolicyListPage = {
  count?: number;
  countEstimated?: boolean;
  rows: Array<{ policy: ListedPolicy; userName: string | null; agentCode: string | null }>;
};

/** What a policy view shows beside the policy row, read together. */
export type PolicyViewParts = {
  versions: VersionSummary[];
  payments: PaymentRow[];
  instalments: InstalmentRow[];
  attachments: AttachmentRow[];
  emails: Array<Pick<OutboxRow, "kind" | "status" | "createdAt">>;
  endorsements: EndorsementRow[];
  seller: { name: string | null; agentCode: string | null };
};

/** Policies and their versions: every change is a new version, written only over the version it was read at. */
export interface PolicyStore {
  get(policyNumber: string): Promise<PolicyRow | null>;
  /**
   * A policy about to be changed: on PostgreSQL possibly as this instance last wrote it (`current: false`),
   * which another instance may have changed since. A write over such a row fails if it is stale (update checks the
   * version), so a caller that goes on only to write may use it, and reads the policy afresh for anything else.
   */
  getToChange(policyNumber: string): Promise<{ row: PolicyRow; current: boolean } | null>;
  getAsOf(policyNumber: string, when: string): Promise<PolicyRow | null>;
  create(data: NewPolicy, meta: ChangeMeta): Promise<PolicyRow>;
  update(current: PolicyRow, patch: Partial<PolicyRow>, meta: ChangeMeta): Promise<PolicyRow>;
  versions(policyNumber: string, upTo?: number): Promise<VersionSummary[]>;
  /** Its versions (oldest first), payments, uploads, emails, mid-term changes and seller, in one round trip. */
  viewParts(policyNumber: string): Promise<PolicyViewParts>;
  /** The policy and its view's parts together, in one round trip (null when there is no such policy). */
  withViewParts(policyNumber: string): Promise<{ policy: PolicyRow; parts: PolicyViewParts } | null>;
  /** Active or Suspended policies whose cover ended before `date` (the expiry job ends them). */
  activeEndedBefore(date: string, limit: number): Promise<PolicyRow[]>;
  /** The renewals made of a policy (renewed_from_policy_number), oldest first. */
  renewalsOf(policyNumber: string): Promise<PolicyRow[]>;
  list(query: PolicyListQuery): Promise<PolicyListPage>;
  /** Quotes in `statuses` untouched since `updatedBefore` and never paid for. */
  staleDrafts(statuses: StatusKey[], updatedBefore: string, limit: number): Promise<string[]>;
  /** Records a mid-term change beside the version it made. */
  addEndorsement(row: EndorsementRow): Promise<void>;
  /** Removes a quote with its versions, uploads, emails and codes, in one transaction; the uploads' storage keys. */
  removeDraft(policyNumber: string): Promise<string[]>;
}
