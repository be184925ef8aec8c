import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import type { ChangeMeta, NewPolicy } from "../domain/stores";
import type { Db } from "./db";
import { policies, policyVersions, type PolicyRow } from "./schema";
import { newPolicyNumber } from "../security/tokens";
import { StaleVersionError } from "../domain/errors";
import { checkTransition } from "../domain/status-transition";

export async function createPolicy(db: Db, data: NewPolicy, meta: ChangeMeta): Promise<PolicyRow> {
  for (let attempt = 0; ; attempt++) {
    const row: PolicyRow = {
      ...data,
      policyNumber: newPolicyNumber(),
      versionId: randomUUID(),
      versionSeq: 1,
      createdAt: meta.at,
      updatedAt: meta.at,
      updatedBy: meta.by,
    };
    try {
      await db.transaction(async (tx) => {
        await tx.insert(policies).values(row);
        await tx.insert(policyVersions).values(versionOf(row, meta));
      });
      return row;
    } catch (e) {
      if (attempt < 5 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}

/** Writes a change as the next version, only if nobody changed the policy since `current` was read. */
export async function updatePolicy(
  db: Db,
  current: PolicyRow,
  patch: Partial<PolicyRow>,
  meta: ChangeMeta,
): Promise<PolicyRow> {
  if (patch.status) checkTransition(current.policyNumber, current.status, patch.status);
  const next: PolicyRow = {
    ...current,
    ...patch,
    policyNumber: current.policyNumber,
    versionId: randomUUID(),
    versionSeq: current.versionSeq + 1,
    updatedAt: meta.at,
    updatedBy: meta.by,
  };
  const { policyNumber, createdAt, ...changes } = next;
  const update = db
    .update(policies)
    .set(changes)
    .where(and(eq(policies.policyNumber, policyNumber), eq(policies.versionId, current.versionId)))
    .returning({ n: policies.policyNumber });
  // One statement (no transaction round trips): the version row is written only when the update found its row.
  const { rows } = await db.execute(sql`WITH updated AS ${update} ${insertFromUpdated(versionOf(next, meta))}`);
  if (rows.length === 0) throw new StaleVersionError(policyNumber);
  return next;
}

/** Reads a policy by its number: the statement built once and prepared (read on nearly every request). */
export function policyByNumber(db: Db) {
  const query = db
    .select()
    .from(policies)
    .where(eq(policies.policyNumber, sql.placeholder("n")))
    .limit(1)
    .prepare("policy_by_number");
  return async (policyNumber: string): Promise<PolicyRow | null> =>
    (await query.execute({ n: policyNumber }))[0] ?? null;
}

/** The policy as it stood at `when` (null if it did not exist yet). */
export async function getPolicyAsOf(db: Db, policyNumber: string, when: string): Promise<PolicyRow | null> {
  const rows = await db
    .select({ snapshot: policyVersions.snapshot })
    .from(policyVersions)
    .where(and(eq(policyVersions.policyNumber, policyNumber), lte(policyVersions.changedAt, when)))
    .orderBy(desc(policyVersions.seq))
    .limit(1);
  return rows[0]?.snapshot ?? null;
}

export async function listVersions(db: Db, policyNumber: string, upTo?: number) {
  const rows = await db
    .select({
      seq: policyVersions.seq,
      versionId: policyVersions.versionId,
      status: policyVersions.status,
      changedAt: policyVersions.changedAt,
      changedBy: policyVersions.changedBy,
      reasonText: policyVersions.reasonText,
      note: policyVersions.note,
    })
    .from(policyVersions)
    .where(eq(policyVersions.policyNumber, policyNumber))
    .orderBy(asc(policyVersions.seq));
  return upTo === undefined ? rows : rows.filter((r) => r.seq <= upTo);
}

type VersionRow = ReturnType<typeof versionOf>;

/** INSERT INTO policy_versions … SELECT the row's values FROM updated (nothing when nothing was updated). */
function insertFromUpdated(version: VersionRow) {
  const keys = Object.keys(version) as Array<keyof VersionRow>;
  const names = keys.map((k) => sql.identifier(policyVersions[k].name));
  // Typed casts: a parameter in a SELECT list has no column to take its type from.
  const values = keys.map((k) => {
    const column = policyVersions[k];
    return sql`${sql.param(version[k], column)}::${sql.raw(column.getSQLType())}`;
  });
  return sql`INSERT INTO ${policyVersions} (${sql.join(names, sql`, `)})
    SELECT ${sql.join(values, sql`, `)} FROM updated RETURNING 1`;
}

function versionOf(row: PolicyRow, meta: ChangeMeta) {
  return {
    policyNumber: row.policyNumber,
    seq: row.versionSeq,
    versionId: row.versionId,
    status: row.status,
    snapshot: row,
    changedAt: meta.at,
    changedBy: meta.by,
    reasonText: meta.reason ?? "",
    note: meta.note ?? "",
  };
}

function isUniqueViolation(e: unknown): boolean {
  const code =
    (e as { code?: string; cause?: { code?: string } })?.code ?? (e as { cause?: { code?: string } })?.cause?.code;
  return code === "23505";
}
