import { eq, getTableColumns, sql } from "drizzle-orm";
import type { PolicyViewParts } from "../domain/stores";
import type { Db } from "./db";
import { policies, users, type PolicyRow } from "./schema";

// Timestamps as ::text, as the drivers give them for our string-mode columns (json would write them another way).
const VERSIONS = sql`SELECT seq, version_id AS "versionId", status, changed_at::text AS "changedAt", changed_by AS "changedBy",
  reason_text AS "reasonText", note FROM policy_versions WHERE policy_number = policies.policy_number ORDER BY seq`;
const PAYMENTS = sql`SELECT token, policy_number AS "policyNumber", mode, amount, currency, return_url AS "returnUrl",
  policy_version_id AS "policyVersionId", status, gateway_result AS "gatewayResult", reference, approval_code AS "approvalCode",
  failure_reason AS "failureReason", created_at::text AS "createdAt", processed_at::text AS "processedAt"
  FROM payments WHERE policy_number = policies.policy_number ORDER BY created_at`;
const INSTALMENTS = sql`SELECT policy_number AS "policyNumber", number, due_date::text AS "dueDate", amount, currency,
  status, attempts, next_try_on::text AS "nextTryOn", payment_token AS "paymentToken", failure_reason AS "failureReason",
  updated_at::text AS "updatedAt" FROM instalments WHERE policy_number = policies.policy_number ORDER BY number`;
const ATTACHMENTS = sql`SELECT ref, policy_number AS "policyNumber", field_name AS "fieldName", filename, mime_type AS "mimeType",
  size, storage_key AS "storageKey", created_at::text AS "createdAt"
  FROM attachments WHERE policy_number = policies.policy_number ORDER BY created_at`;
const EMAILS = sql`SELECT kind, status, created_at::text AS "createdAt"
  FROM outbox WHERE policy_number = policies.policy_number ORDER BY created_at`;
const ENDORSEMENTS = sql`SELECT policy_number AS "policyNumber", seq, version_id AS "versionId", effective_date AS "effectiveDate",
  reason, changed_by AS "changedBy", changed_at::text AS "changedAt", changes, adjustment
  FROM policy_endorsements WHERE policy_number = policies.policy_number ORDER BY seq`;
const list = <T>(rows: ReturnType<typeof sql>) => sql<T[]>`(SELECT coalesce(json_agg(r), '[]'::json) FROM (${rows}) r)`;

type Parts = Omit<PolicyViewParts, "seller">;
const PARTS = {
  versions: list<Parts["versions"][number]>(VERSIONS),
  payments: list<Parts["payments"][number]>(PAYMENTS),
  instalments: list<Parts["instalments"][number]>(INSTALMENTS),
  attachments: list<Parts["attachments"][number]>(ATTACHMENTS),
  emails: list<Parts["emails"][number]>(EMAILS),
  endorsements: list<Parts["endorsements"][number]>(ENDORSEMENTS),
  sellerName: users.name,
  sellerAgentCode: users.agentCode,
};

/**
 * A policy with everything its view shows, in one statement built once per database handle and prepared
 * (a view is the most frequent read; on PostgreSQL the server keeps its plan per connection).
 */
export function policyViewQuery(db: Db) {
  const query = db
    .select({ policy: getTableColumns(policies), ...PARTS })
    .from(policies)
    .leftJoin(users, eq(users.id, policies.soldByUserId))
    .where(eq(policies.policyNumber, sql.placeholder("n")))
    .prepare("policy_view");
  return async (policyNumber: string): Promise<{ policy: PolicyRow; parts: PolicyViewParts } | null> => {
    const [row] = await query.execute({ n: policyNumber });
    if (!row) return null;
    const { policy, sellerName, sellerAgentCode, ...parts } = row;
    return { policy, parts: { ...parts, seller: { name: sellerName, agentCode: sellerAgentCode } } };
  };
}

export const NO_VIEW_PARTS: PolicyViewParts = {
  versions: [],
  payments: [],
  instalments: [],
  attachments: [],
  emails: [],
  endorsements: [],
  seller: { name: null, agentCode: null },
};
