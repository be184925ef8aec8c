import { sql } from "drizzle-orm";
import type { Db } from "../storage/db";

const FIRST = [
  "Ada",
  "Grace",
  "Alan",
  "Hedy",
  "Katherine",
  "Tim",
  "Margaret",
  "Linus",
  "Barbara",
  "Dennis",
  "Frances",
  "Ken",
];
const LAST = [
  "Lovelace",
  "Hopper",
  "Turing",
  "Lamarr",
  "Johnson",
  "Berners-Lee",
  "Hamilton",
  "Torvalds",
  "Liskov",
  "Ritchie",
  "Allen",
  "Thompson",
];
const PRODUCTS = ["travel", "bicycle", "home-contents"];
const STATUSES = [
  "S_ACTIVE",
  "S_ACTIVE",
  "S_ACTIVE",
  "S_QUOTED",
  "S_NEW",
  "S_CANCELLED",
  "S_ENDED",
  "S_PENDING_APPROVAL",
];

/** Inserts `count` synthetic policies (each with its first version) in one statement per batch, for scale checks. */
export async function bulkSeed(db: Db, count: number, batch = 20_000) {
  const arr = (xs: string[]) => sql.raw(`(ARRAY[${xs.map((x) => `'${x}'`).join(",")}])`);
  for (let offset = 0; offset < count; offset += batch) {
    const n = Math.min(batch, count - offset);
    await db.execute(sql`
      WITH g AS (
        SELECT i, ${arr(FIRST)}[1 + (i % ${FIRST.length})] AS first, ${arr(LAST)}[1 + ((i / 7) % ${LAST.length})] AS last,
               now() - make_interval(mins => i * 5) AS created
        FROM generate_series(${offset + 1}::int, ${offset + n}::int) AS i
      )
      INSERT INTO policies (policy_number, product_slug, status, version_id, version_seq, answers, progress, pricing, customer_name,
                            customer_first_name, customer_last_name, customer_email, start_date, end_date, created_at, updated_at, updated_by)
      SELECT 'B' || lpad(i::text, 7, '0'), ${arr(PRODUCTS)}[1 + (i % 3)], ${arr(STATUSES)}[1 + (i % ${STATUSES.length})], md5(i::text), 1, '{}'::jsonb,
             '{"currentFormId":null,"completed":[],"otpVerified":true,"outcome":null,"outcomeMessage":null,"referralDecision":null,"confirmedAt":null}'::jsonb,
             jsonb_build_object('currency','GBP','amount_pre_fees_and_taxes','100.00','fees','[]'::jsonb,'total_fees','0.00','taxes','[]'::jsonb,'total_taxes','12.00','total','112.00'),
             first || ' ' || last, first, last, lower(first || '.' || last || i || '@example.com'),
             created::date, (created + interval '1 year')::date, created, created, 'Bulk seed'
      FROM g`);
    await db.execute(sql`
      INSERT INTO policy_versions (policy_number, seq, version_id, status, snapshot, changed_at, changed_by)
      SELECT policy_number, 1, version_id, status, jsonb_build_object('policyNumber', policy_number), created_at, 'Bulk seed'
      FROM policies WHERE policy_number BETWEEN ${"B" + String(offset + 1).padStart(7, "0")} AND ${"B" + String(offset + n).padStart(7, "0")}`);
  }
  await db.execute(sql`ANALYZE policies`);
}
