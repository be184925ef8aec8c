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
const list = (rows: ReturnType<typeof sql>) => sql`(SELECT coalesce(json_agg(r), '[]'::json) FROM (${rows}) r)`;

/**
 * The policy's columns as one json object keyed as the ORM's row is, each value as the drivers give it (timestamps
 * as text; dates, numbers, booleans and jsonb are the same either way). json_build_object takes at most 100 arguments.
 */
const POLICY = sql`json_build_object(${sql.join(
  Object.entries(getTableColumns(policies)).map(
    ([key, column]) =>
      sql`${sql.raw(`'${key}'`)}, ${column.columnType === "PgTimestampString" ? sql`${column}::text` : column}`,
  ),
  sql`, `,
)})`;

/**
 * A policy with everything its view shows, in one statement built once per database handle and prepared
 * (a view is the most frequent read; on PostgreSQL the server keeps its plan per connection). The row is one json
 * value: a driver describes and parses one column instead of forty-two, and the ORM maps nothing.
 */
export function policyViewQuery(db: Db) {
  const view = sql<{ policy: PolicyRow } & PolicyViewParts>`json_build_object('policy', ${POLICY},
    'versions', ${list(VERSIONS)}, 'payments', ${list(PAYMENTS)}, 'instalments', ${list(INSTALMENTS)},
    'attachments', ${list(ATTACHMENTS)}, 'emails', ${list(EMAILS)}, 'endorsements', ${list(ENDORSEMENTS)},
    'seller', json_build_object('name', ${users.name}, 'agentCode', ${users.agentCode}))`;
  const query = db
    .select({ view })
    .from(policies)
    .leftJoin(users, eq(users.id, policies.soldByUserId))
    .where(eq(policies.policyNumber, sql.placeholder("n")))
    .prepare("policy_view");
  return async (policyNumber: string): Promise<{ policy: PolicyRow; parts: PolicyViewParts } | null> => {
    const [row] = await query.execute({ n: policyNumber });
    if (!row) return null;
    const { policy, ...parts } = row.view;
    return { policy, parts };
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
