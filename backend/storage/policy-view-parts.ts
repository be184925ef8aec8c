import { sql } from "drizzle-orm";
import type { PolicyViewParts } from "../domain/stores";
import type { Db } from "./db";

// Timestamps as ::text, as the drivers give them for our string-mode columns (json would write them another way).
const VERSIONS = sql`SELECT seq, version_id AS "versionId", status, changed_at::text AS "changedAt", changed_by AS "changedBy",
  reason_text AS "reasonText", note FROM policy_versions WHERE policy_number = p.policy_number ORDER BY seq`;
const PAYMENTS = sql`SELECT token, policy_number AS "policyNumber", mode, amount, currency, return_url AS "returnUrl",
  policy_version_id AS "policyVersionId", status, gateway_result AS "gatewayResult", reference, approval_code AS "approvalCode",
  failure_reason AS "failureReason", created_at::text AS "createdAt", processed_at::text AS "processedAt"
  FROM payments WHERE policy_number = p.policy_number ORDER BY created_at`;
const INSTALMENTS = sql`SELECT policy_number AS "policyNumber", number, due_date::text AS "dueDate", amount, currency,
  status, attempts, next_try_on::text AS "nextTryOn", payment_token AS "paymentToken", failure_reason AS "failureReason",
  updated_at::text AS "updatedAt" FROM instalments WHERE policy_number = p.policy_number ORDER BY number`;
const ATTACHMENTS = sql`SELECT ref, policy_number AS "policyNumber", field_name AS "fieldName", filename, mime_type AS "mimeType",
  size, storage_key AS "storageKey", created_at::text AS "createdAt"
  FROM attachments WHERE policy_number = p.policy_number ORDER BY created_at`;
const EMAILS = sql`SELECT kind, status, created_at::text AS "createdAt"
  FROM outbox WHERE policy_number = p.policy_number ORDER BY created_at`;
const list = (rows: ReturnType<typeof sql>) => sql`(SELECT coalesce(json_agg(r), '[]'::json) FROM (${rows}) r)`;

/** Everything a policy view shows beside the policy row, in one round trip (a view is the most frequent read). */
export async function policyViewParts(db: Db, policyNumber: string): Promise<PolicyViewParts> {
  const { rows } = await db.execute(sql`
    SELECT ${list(VERSIONS)} AS versions, ${list(PAYMENTS)} AS payments, ${list(INSTALMENTS)} AS instalments,
           ${list(ATTACHMENTS)} AS attachments,
           ${list(EMAILS)} AS emails, u.name AS "sellerName", u.agent_code AS "sellerAgentCode"
    FROM policies p LEFT JOIN users u ON u.id = p.sold_by_user_id
    WHERE p.policy_number = ${policyNumber}`);
  const row = rows[0] as (PolicyViewParts & { sellerName: string | null; sellerAgentCode: string | null }) | undefined;
  if (!row)
    return {
      versions: [],
      payments: [],
      instalments: [],
      attachments: [],
      emails: [],
      seller: { name: null, agentCode: null },
    };
  return {
    versions: row.versions,
    payments: row.payments,
    instalments: row.instalments,
    attachments: row.attachments,
    emails: row.emails,
    seller: { name: row.sellerName, agentCode: row.sellerAgentCode },
  };
}
