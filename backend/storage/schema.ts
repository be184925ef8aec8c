import {
  check,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import type { StatusKey } from "../../contract/statuses";
import type { Locale } from "../../contract/locales";
import type { Pricing } from "../../contract/pricing";
import type { EndorsementAdjustment, EndorsementChange } from "../../contract/endorsement";
import type { QuoteAnswers } from "../products/definition";
import type { RefundQuote } from "../../contract/refund";

/** A mid-term change waiting for its additional premium: applied to the policy when the payment succeeds. */
export type PendingChange = {
  answers: QuoteAnswers;
  pricing: Pricing;
  customer: { name: string; firstName: string; lastName: string; email: string | null };
  by: string;
  at: string;
  reason: string;
  changes: EndorsementChange[];
  adjustment: EndorsementAdjustment;
};

export type Progress = {
  currentFormId: string | null;
  completed: string[];
  otpVerified: boolean;
  outcome: "rejected" | "referred" | null;
  outcomeMessage: string | null;
  referralDecision: "approved" | "declined" | null;
  /** The referral rules' answers an underwriter approved (see referralInputs). */
  referralApprovedFor?: string | null;
  confirmedAt: string | null;
};

export const policies = pgTable(
  "policies",
  {
    policyNumber: text("policy_number").primaryKey(),
    productSlug: text("product_slug").notNull(),
    status: text("status").$type<StatusKey>().notNull(),
    versionId: text("version_id").notNull(),
    versionSeq: integer("version_seq").notNull(),
    quoteTokenHash: text("quote_token_hash"),
    customerId: text("customer_id"),
    soldByUserId: text("sold_by_user_id"),
    parentPolicyNumber: text("parent_policy_number"),
    renewedFromPolicyNumber: text("renewed_from_policy_number"),
    isRenewal: boolean("is_renewal").notNull().default(false),
    answers: jsonb("answers").$type<QuoteAnswers>().notNull(),
    progress: jsonb("progress").$type<Progress>().notNull(),
    pricing: jsonb("pricing").$type<Pricing | null>(),
    paymentMode: text("payment_mode"),
    recurringPayment: boolean("recurring_payment").notNull().default(false),
    startDate: date("start_date"),
    endDate: date("end_date"),
    customerName: text("customer_name").notNull().default(""),
    customerFirstName: text("customer_first_name").notNull().default(""),
    customerLastName: text("customer_last_name").notNull().default(""),
    customerEmail: text("customer_email"),
    cancellationReason: text("cancellation_reason"),
    terminationDate: date("termination_date"),
    // Where the quote was started (a partner's embed): the reference policy object's own keys.
    partnership: text("partnership"),
    distributorId: text("distributor_id"),
    touchpointId: text("touchpoint_id"),
    referrerUrl: text("referrer_url"),
    /** The language used for communication about the policy (the reference policy object's `language`). */
    language: text("language").$type<Locale>().notNull().default("en"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull(),
    updatedBy: text("updated_by").notNull(),
  },
  (t) => [
    // The console's list: one index per ordering (and per filter it pairs with), each ending in the policy number (the
    // tie-break, and the keyset cursor's second half), then the parent policy number: top-level policies (children
    // are listed only when asked for) are told apart in the index alone, and the same index serves both.
    index("policies_list_created_idx").on(t.createdAt, t.policyNumber, t.parentPolicyNumber),
    index("policies_list_name_idx").on(t.customerName, t.policyNumber, t.parentPolicyNumber),
    index("policies_list_start_idx").on(t.startDate, t.policyNumber, t.parentPolicyNumber),
    index("policies_list_end_idx").on(t.endDate, t.policyNumber, t.parentPolicyNumber),
    index("policies_list_status_idx").on(t.status, t.policyNumber, t.parentPolicyNumber),
    index("policies_list_status_created_idx").on(t.status, t.createdAt, t.policyNumber, t.parentPolicyNumber),
    index("policies_list_product_created_idx").on(t.productSlug, t.createdAt, t.policyNumber, t.parentPolicyNumber),
    index("policies_customer_idx").on(t.customerId, t.createdAt),
    index("policies_sold_by_idx").on(t.soldByUserId, t.createdAt),
    index("policies_parent_idx").on(t.parentPolicyNumber),
    index("policies_renewed_from_idx").on(t.renewedFromPolicyNumber),
  ],
);
export type PolicyRow = typeof policies.$inferSelect;

/**
 * Every change to a policy: version_id, status_logs and when_at all read from here. A version holds either the whole
 * row it produced (`snapshot`: the first, every FULL_SNAPSHOT_EVERY-th, and those written before 0020) or only the
 * columns it changed (`changes`), so a step's save writes its answers once rather than the whole row again.
 */
export const policyVersions = pgTable(
  "policy_versions",
  {
    policyNumber: text("policy_number").notNull(),
    seq: integer("seq").notNull(),
    versionId: text("version_id").notNull(),
    status: text("status").$type<StatusKey>().notNull(),
    snapshot: jsonb("snapshot").$type<PolicyRow>(),
    changes: jsonb("changes").$type<Partial<PolicyRow>>(),
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "string" }).notNull(),
    changedBy: text("changed_by").notNull(),
    reasonText: text("reason_text").notNull().default(""),
    note: text("note").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.policyNumber, t.seq] }),
    index("policy_versions_time_idx").on(t.policyNumber, t.changedAt),
    check("policy_versions_whole_or_changes", sql`(${t.snapshot} IS NULL) <> (${t.changes} IS NULL)`),
  ],
);

/** Mid-term changes: one per version a change made, with what changed and its price for the rest of the term. */
export const policyEndorsements = pgTable(
  "policy_endorsements",
  {
    policyNumber: text("policy_number").notNull(),
    seq: integer("seq").notNull(),
    versionId: text("version_id").notNull(),
    effectiveDate: text("effective_date").notNull(),
    reason: text("reason").notNull(),
    changedBy: text("changed_by").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "string" }).notNull(),
    changes: jsonb("changes").$type<EndorsementChange[]>().notNull(),
    adjustment: jsonb("adjustment").$type<EndorsementAdjustment>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.policyNumber, t.seq] })],
);
export type EndorsementRow = typeof policyEndorsements.$inferSelect;

export const attachments = pgTable(
  "attachments",
  {
    ref: text("ref").primaryKey(),
    policyNumber: text("policy_number").notNull(),
    fieldName: text("field_name").notNull(),
    filename: text("filename").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    storageKey: text("storage_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [index("attachments_policy_idx").on(t.policyNumber)],
);
export type AttachmentRow = typeof attachments.$inferSelect;

export const payments = pgTable(
  "payments",
  {
    token: text("token").primaryKey(),
    policyNumber: text("policy_number").notNull(),
    mode: text("mode").notNull(),
    amount: text("amount").notNull(),
    currency: text("currency").notNull(),
    returnUrl: text("return_url").notNull(),
    /** The policy version this payment is for: if the quote changes (or is paid) meanwhile, it is not taken. */
    policyVersionId: text("policy_version_id"),
    /** pending → processing → succeeded | declined; settled once by the process endpoint. */
    status: text("status").notNull(),
    gatewayResult: jsonb("gateway_result").$type<{
      approved: boolean;
      reason: string;
      payerName: string;
      last4: string;
      /** The gateway's stored-card reference (instalments are taken with it): never shown. */
      cardToken?: string;
      /** A refund's itemised quote (status "refunded"). */
      refund?: RefundQuote;
      /** A mid-term change's itemised adjustment (mode "endorsement"). */
      endorsement?: EndorsementAdjustment;
    } | null>(),
    /** An additional premium's change, made only once the payment succeeds (mode "endorsement"). */
    pendingChange: jsonb("pending_change").$type<PendingChange | null>(),
    reference: text("reference"),
    approvalCode: text("approval_code"),
    failureReason: text("failure_reason"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
    processedAt: timestamp("processed_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [index("payments_policy_idx").on(t.policyNumber)],
);
export type PaymentRow = typeof payments.$inferSelect;

/**
 * A policy paid monthly: one row per planned instalment (see `domain/instalment-schedule.ts`). The first is the
 * purchase payment; the collection job takes the others on their due date with the card the first was paid by.
 * due → collected | retrying (a failed try) → collected | failed (tries exhausted); cancelled
 * when the recurring payment is removed or the policy stops before it falls due.
 */
export const instalments = pgTable(
  "instalments",
  {
    policyNumber: text("policy_number").notNull(),
    number: integer("number").notNull(),
    dueDate: date("due_date").notNull(),
    amount: text("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status").$type<"due" | "collected" | "retrying" | "failed" | "cancelled">().notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** When the job next tries it: its due date, then each retry's day; null once collected, failed or cancelled. */
    nextTryOn: date("next_try_on"),
    /** The payment record of the collection that took it (or of the last try that failed). */
    paymentToken: text("payment_token"),
    failureReason: text("failure_reason"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.policyNumber, t.number] }),
    index("instalments_collect_idx").on(t.status, t.nextTryOn),
  ],
);
export type InstalmentRow = typeof instalments.$inferSelect;

export const otpCodes = pgTable(
  "otp_codes",
  {
    id: text("id").primaryKey(),
    purpose: text("purpose").notNull(),
    email: text("email").notNull(),
    policyNumber: text("policy_number"),
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true, mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [index("otp_codes_email_idx").on(t.email, t.createdAt), index("otp_codes_policy_idx").on(t.policyNumber)],
);

export const customers = pgTable("customers", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  firstName: text("first_name").notNull().default(""),
  lastName: text("last_name").notNull().default(""),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
});

export const authTokens = pgTable("auth_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  kind: text("kind").notNull(),
  customerId: text("customer_id"),
  userId: text("user_id"),
  policyScope: text("policy_scope"),
  /** Idle expiry: moved on by refresh, never past absoluteExpiresAt. */
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
  absoluteExpiresAt: timestamp("absolute_expires_at", { withTimezone: true, mode: "string" }).notNull(),
  revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "string" }),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
});

export const outbox = pgTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    kind: text("kind").notNull(),
    policyNumber: text("policy_number"),
    /** The language the email is written in: its HTML part says so (lang, and dir for Arabic). */
    language: text("language").$type<Locale>().notNull().default("en"),
    status: text("status").notNull(),
    /** When a sender took the row ("sending"); a row left sending long after this is retried. */
    claimedAt: timestamp("claimed_at", { withTimezone: true, mode: "string" }),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [index("outbox_policy_idx").on(t.policyNumber), index("outbox_created_idx").on(t.createdAt)],
);

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  username: text("username").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  name: text("name").notNull(),
  agentCode: text("agent_code"),
  role: text("role").notNull(),
  permissions: jsonb("permissions").$type<string[]>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
});
export type UserRow = typeof users.$inferSelect;

/** Attempts counted in the database, so a limit holds across every backend instance. */
export const rateEvents = pgTable(
  "rate_events",
  { key: text("key").notNull(), at: timestamp("at", { withTimezone: true, mode: "string" }).notNull() },
  (t) => [index("rate_events_key_idx").on(t.key, t.at)],
);

/**
 * Requests per key in a fixed window (the per-address request limits), one row a key: a counter, as the rate-limit
 * plugin keeps in Redis, rather than an event a request.
 */
export const rateCounters = pgTable("rate_counters", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull(),
  resetsAt: timestamp("resets_at", { withTimezone: true, mode: "string" }).notNull(),
});

/** When each quote token was last used: a token idle for 30 days no longer opens its quote. */
export const quoteTokenActivity = pgTable("quote_token_activity", {
  tokenHash: text("token_hash").primaryKey(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "string" }).notNull(),
});

/** Bytes as bytea; PGlite hands back a Uint8Array where node-postgres gives a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** The shared file store (FILE_STORE=postgres): uploads every instance can read. */
export const files = pgTable("files", {
  key: text("key").primaryKey(),
  bytes: bytea("bytes").notNull(),
  size: integer("size").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
});

/**
 * The first answer to each Idempotency-Key, replayed to a retry. `id` hashes the caller with the key and `response` is
 * sealed with a key derived from it, so neither a stored key nor a stored answer (which may carry tokens) reads back.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    id: text("id").primaryKey(),
    fingerprint: text("fingerprint").notNull(),
    /** Null while the first request is running; it holds the key until locked_until (a crashed instance lets go). */
    response: bytea("response"),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "string" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [index("idempotency_keys_expires_idx").on(t.expiresAt)],
);

/**
 * Extension: a policy's renewal notice, one row per policy. The daily job claims `invited_at` once (so each policy
 * is invited once) and records the renewal quote it started; `auto_renew_off` is the customer's opt-out of
 * automatic renewal (a row may hold only that, before any invitation).
 */
export const policyRenewals = pgTable("policy_renewals", {
  policyNumber: text("policy_number").primaryKey(),
  renewalPolicyNumber: text("renewal_policy_number"),
  invitedAt: timestamp("invited_at", { withTimezone: true, mode: "string" }),
  autoRenewOff: boolean("auto_renew_off").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull(),
});
export type PolicyRenewalRow = typeof policyRenewals.$inferSelect;
