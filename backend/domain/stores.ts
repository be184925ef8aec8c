import type { StatusKey } from "../../contract/statuses";
import type {
  AuthTokenRow,
  NewAuthToken,
  NewOtpCode,
  OtpCodeRow,
  NewOutboxRow,
  OutboxRow,
  UserRow,
  AttachmentRow,
  CustomerRow,
  NewAttachment,
  NewPayment,
  PaymentRow,
  PolicyRow,
} from "../storage/rows";

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
export type PolicyListQuery = {
  scope: ListScope;
  terms: CheckedTerm[];
  ordering: { key: string; descending: boolean };
  limit: number;
  offset: number;
  count: boolean;
};
export type PolicyListPage = {
  count?: number;
  rows: Array<{ policy: PolicyRow; userName: string | null; agentCode: string | null }>;
};

/** Policies and their versions: every change is a new version, written only over the version it was read at. */
export interface PolicyStore {
  get(policyNumber: string): Promise<PolicyRow | null>;
  getAsOf(policyNumber: string, when: string): Promise<PolicyRow | null>;
  create(data: NewPolicy, meta: ChangeMeta): Promise<PolicyRow>;
  update(current: PolicyRow, patch: Partial<PolicyRow>, meta: ChangeMeta): Promise<PolicyRow>;
  versions(policyNumber: string, upTo?: number): Promise<VersionSummary[]>;
  activeEndedBefore(date: string, limit: number): Promise<PolicyRow[]>;
  list(query: PolicyListQuery): Promise<PolicyListPage>;
  /** Quotes in `statuses` untouched since `updatedBefore` and never paid for. */
  staleDrafts(statuses: StatusKey[], updatedBefore: string, limit: number): Promise<string[]>;
  /** Removes a quote with its versions and uploads, in one transaction; the uploads' storage keys. */
  removeDraft(policyNumber: string): Promise<string[]>;
}

export interface PaymentStore {
  insert(row: NewPayment): Promise<void>;
  byToken(token: string): Promise<PaymentRow | null>;
  forPolicy(policyNumber: string): Promise<PaymentRow[]>;
  /** Changes a payment only while it is still pending. */
  updatePending(token: string, patch: Partial<PaymentRow>): Promise<void>;
  /** Locks a processing payment for this transaction; false if it isn't processing or another holds it. */
  lockProcessing(token: string): Promise<boolean>;
  update(token: string, patch: Partial<PaymentRow>): Promise<void>;
  /** Processing ones, and pending ones with a gateway answer, created before `before`. */
  stuckBefore(before: string, limit: number): Promise<string[]>;
}

export interface AttachmentStore {
  insert(row: NewAttachment): Promise<void>;
  find(policyNumber: string, ref: string): Promise<AttachmentRow | null>;
  forPolicy(policyNumber: string): Promise<AttachmentRow[]>;
  /** Which of `refs` were uploaded to this policy for this field. */
  refsFor(policyNumber: string, fieldName: string, refs: string[]): Promise<string[]>;
}

export interface UserStore {
  seller(userId: string): Promise<{ name: string | null; agentCode: string | null } | null>;
  byId(userId: string): Promise<UserRow | null>;
  byUsername(username: string): Promise<UserRow | null>;
  /** Adds the user unless the username is taken. */
  insertIfAbsent(row: UserRow): Promise<void>;
}

export interface CustomerStore {
  byEmail(email: string): Promise<CustomerRow | null>;
  /** Adds the customer unless the email is taken (another request may have just added it). */
  insertIfAbsent(row: CustomerRow): Promise<void>;
  /** The policy and its customer, for signing in with a policy number and a last name. */
  policyWithCustomer(policyNumber: string): Promise<{ policy: PolicyRow; customer: CustomerRow } | null>;
}

/** Bearer tokens, by the hash of the token (the token itself is never stored). */
export interface AuthTokenStore {
  insert(row: NewAuthToken): Promise<void>;
  byHash(tokenHash: string): Promise<AuthTokenRow | null>;
  /** The token if it is neither revoked nor expired (idle or absolute) at `now`. */
  live(tokenHash: string, now: string): Promise<AuthTokenRow | null>;
  /** Both only touch a token not revoked yet. */
  revoke(tokenHash: string, at: string): Promise<void>;
  setExpiry(tokenHash: string, expiresAt: string): Promise<void>;
}

export interface OtpCodeStore {
  countForPolicySince(policyNumber: string, since: string): Promise<number>;
  insert(row: NewOtpCode): Promise<void>;
  /** The newest code not yet used for this purpose and address (and quote, when given). */
  newestUnused(purpose: string, email: string, policyNumber?: string): Promise<OtpCodeRow | null>;
  /** Counts a wrong guess while under `max`; the new count, or null if it was already at `max`. */
  countWrongGuess(id: string, max: number): Promise<number | null>;
  /** Spends the code once, while under `max` wrong guesses; false if it was spent or locked meanwhile. */
  spend(id: string, at: string, max: number): Promise<boolean>;
  purgeExpiredBefore(before: string): Promise<number>;
}

/** When each quote token was last used (a token idle too long stays dead). */
export interface QuoteTokenStore {
  /**
   * Marks the token used at `now` if it was last used (or, never seen, issued) at `oldest` or later; says
   * whether it was. One statement, so the check and the touch can't be split.
   */
  touch(tokenHash: string, now: string, oldest: string, issuedOrSavedAt: string): Promise<boolean>;
}

/** Every email is written here first; a sender delivers from here. */
export interface OutboxStore {
  insert(row: NewOutboxRow): Promise<void>;
  forPolicy(policyNumber: string): Promise<OutboxRow[]>;
  recent(limit: number): Promise<OutboxRow[]>;
  /** Marks up to `size` queued emails as sending, for this sender alone. */
  claim(at: string, size: number): Promise<OutboxRow[]>;
  update(id: string, patch: Partial<OutboxRow>): Promise<void>;
  /** Emails a crashed sender left sending go back to the queue (or fail after `maxAttempts`); how many. */
  requeueStuck(before: string, maxAttempts: number): Promise<number>;
  /** Blanks the body of emails of `kind` once sent or past `expiredBefore`; how many. */
  redact(kind: string, expiredBefore: string, redactedBody: string): Promise<number>;
}

/** Timestamped attempts under a key, for rate limits and sign-in back-off. */
export interface RateEventStore {
  /** Holds `key` until the surrounding transaction ends, on every instance sharing the database. */
  lock(key: string): Promise<void>;
  /** When each attempt under `key` was made, oldest first; only those after `after` when given. */
  times(key: string, after?: string): Promise<string[]>;
  add(events: Array<{ key: string; at: string }>): Promise<void>;
  /** Removes attempts under `key` up to `upTo`, or only the one at `at`, or all of them. */
  forgetUpTo(key: string, upTo: string): Promise<void>;
  forget(key: string, at?: string): Promise<void>;
  purgeUpTo(before: string): Promise<number>;
}

/** Every store, as the domain receives them through its context. */
export type Stores = {
  policies: PolicyStore;
  payments: PaymentStore;
  attachments: AttachmentStore;
  users: UserStore;
  customers: CustomerStore;
  authTokens: AuthTokenStore;
  otpCodes: OtpCodeStore;
  rateEvents: RateEventStore;
  outbox: OutboxStore;
  quoteTokens: QuoteTokenStore;
};
