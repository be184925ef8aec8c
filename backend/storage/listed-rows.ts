import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PolicyListPage } from "../domain/stores";
import type { Db } from "./db";
import type { ListedPolicy } from "./rows";
import { policies } from "./schema";

// A page of 100 reads no answers (the largest column, parsed for nothing) and never the quote token's hash.
const { answers: _answers, progress: _progress, quoteTokenHash: _hash, ...LISTED_COLUMNS } = getTableColumns(policies);
type Listed = typeof LISTED_COLUMNS;

/** A row as both drivers give it to `execute`: keyed by column name, dates and times as the database wrote them. */
type RawListedRow = { [K in keyof Listed as Listed[K]["_"]["name"]]: ListedPolicy[K] } & {
  user_name: string | null;
  agent_code: string | null;
};

// Written out once: the ORM rendered these ~30 columns again for every page (about 60 KB of its allocation).
const SELECT_FROM = sql.raw(
  `SELECT ${Object.values(LISTED_COLUMNS)
    .map((c) => `"policies"."${c.name}"`)
    .join(", ")}, "users"."name" AS user_name, "users"."agent_code" AS agent_code ` +
    `FROM "policies" LEFT JOIN "users" ON "users"."id" = "policies"."sold_by_user_id"`,
);

/**
 * The rows of `policy_number IN (page)` in `order`, each with its seller. Read past the ORM's row mapping: it built
 * each row key by key (a dictionary-mode object, a few KB each) and was most of the store's time for a page.
 */
export async function readListedRows(db: Db, page: SQL, order: SQL[]): Promise<PolicyListPage["rows"]> {
  const { rows } = await db.execute(
    sql`${SELECT_FROM} WHERE ${policies.policyNumber} IN ${page} ORDER BY ${sql.join(order, sql`, `)}`,
  );
  return (rows as RawListedRow[]).map(listedRow);
}

function listedRow(r: RawListedRow): PolicyListPage["rows"][number] {
  return {
    policy: {
      policyNumber: r.policy_number,
      productSlug: r.product_slug,
      status: r.status,
      versionId: r.version_id,
      versionSeq: r.version_seq,
      customerId: r.customer_id,
      soldByUserId: r.sold_by_user_id,
      parentPolicyNumber: r.parent_policy_number,
      renewedFromPolicyNumber: r.renewed_from_policy_number,
      isRenewal: r.is_renewal,
      pricing: r.pricing,
      paymentMode: r.payment_mode,
      recurringPayment: r.recurring_payment,
      startDate: r.start_date,
      endDate: r.end_date,
      customerName: r.customer_name,
      customerFirstName: r.customer_first_name,
      customerLastName: r.customer_last_name,
      customerEmail: r.customer_email,
      cancellationReason: r.cancellation_reason,
      terminationDate: r.termination_date,
      partnership: r.partnership,
      distributorId: r.distributor_id,
      touchpointId: r.touchpoint_id,
      referrerUrl: r.referrer_url,
      language: r.language,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
    },
    userName: r.user_name,
    agentCode: r.agent_code,
  };
}
