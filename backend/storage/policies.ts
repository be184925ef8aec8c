import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, lte } from "drizzle-orm";
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
  await db.transaction(async (tx) => {
    const { policyNumber, createdAt, ...changes } = next;
    const updated = await tx
      .update(policies)
      .set(changes)
      .where(and(eq(policies.policyNumber, policyNumber), eq(policies.versionId, current.versionId)))
      .returning({ n: policies.policyNumber });
    if (updated.length === 0) throw new StaleVersionError(policyNumber);
    await tx.insert(policyVersions).values(versionOf(next, meta));
  });
  return next;
}

export async function getPolicy(db: Db, policyNumber: string): Promise<PolicyRow | null> {
  const rows = await db.select().from(policies).where(eq(policies.policyNumber, policyNumber)).limit(1);
  return rows[0] ?? null;
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
