import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Claim, IdempotencyStore } from "../domain/stores";
import type { Db } from "./db";
import { idempotencyKeys } from "./schema";

export const KEEP_MS = 24 * 60 * 60 * 1000;
/** How long a running first request holds its key: past it, an instance that died with it no longer blocks a retry. */
export const LEASE_MS = 2 * 60 * 1000;

/**
 * One statement decides who runs the request: a new key, an expired one, or an abandoned run of the same request
 * is taken; otherwise the existing row says what the caller gets instead.
 */
export async function claimKey(db: Db, id: string, fingerprint: string, now: Date): Promise<Claim> {
  const at = now.toISOString();
  const row = {
    id,
    fingerprint,
    response: null,
    lockedUntil: new Date(+now + LEASE_MS).toISOString(),
    expiresAt: new Date(+now + KEEP_MS).toISOString(),
    createdAt: at,
  };
  const taken = await db
    .insert(idempotencyKeys)
    .values(row)
    .onConflictDoUpdate({
      target: idempotencyKeys.id,
      set: { fingerprint, response: null, lockedUntil: row.lockedUntil, expiresAt: row.expiresAt, createdAt: at },
      setWhere: or(
        lt(idempotencyKeys.expiresAt, at),
        and(
          isNull(idempotencyKeys.response),
          lt(idempotencyKeys.lockedUntil, at),
          eq(idempotencyKeys.fingerprint, fingerprint),
        ),
      ),
    })
    .returning({ id: idempotencyKeys.id });
  if (taken.length) return { kind: "owner" };
  const [existing] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.id, id)).limit(1);
  if (!existing) return claimKey(db, id, fingerprint, now); // purged between the two statements
  if (existing.fingerprint !== fingerprint) return { kind: "mismatch" };
  return existing.response ? { kind: "done", response: existing.response } : { kind: "in_flight" };
}

export async function completeKey(db: Db, id: string, response: Buffer): Promise<void> {
  await db.update(idempotencyKeys).set({ response }).where(eq(idempotencyKeys.id, id));
}

/** The request failed in a way worth retrying (5xx, rate limit): the next try with this key runs afresh. */
export async function releaseKey(db: Db, id: string): Promise<void> {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.id, id), isNull(idempotencyKeys.response)));
}

/** Removes answers older than a day; returns how many. */
export async function purgeExpiredKeys(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.expiresAt, now.toISOString()))
    .returning({ id: idempotencyKeys.id });
  return gone.length;
}

export const countKeys = async (db: Db) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(idempotencyKeys))[0].n;

export const idempotencyStore = (db: Db): IdempotencyStore => ({
  claim: (id, fingerprint, now) => claimKey(db, id, fingerprint, now),
  complete: (id, response) => completeKey(db, id, response),
  release: (id) => releaseKey(db, id),
  purgeExpired: (now) => purgeExpiredKeys(db, now),
});
