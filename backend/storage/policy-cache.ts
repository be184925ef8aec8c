import type { PolicyRow } from "./schema";

export type PolicyCache = ReturnType<typeof policyCache>;

/**
 * The policies this process last read or wrote. On the embedded database it is the stored row: PGlite is opened by
 * this process only, and every change to a policy goes through its store, so the row it wrote last is the row stored.
 * A step's save read its quote back each time: measured, a fifth of the save's CPU on PGlite. On PostgreSQL it keeps
 * only what this instance wrote, which another may have changed since: it only starts a change, whose write checks
 * the version (PolicyStore.getToChange).
 *
 * Rows are frozen: a change is a new version written through the store, never an edit in place. Transactions go
 * around the cache (their writes may roll back), and the end of one forgets every policy.
 */
export function policyCache(limit = 5000) {
  const rows = new Map<string, PolicyRow>();
  // Bumped by every forget: a read that began before one may have read what was forgotten, and is not kept.
  let epoch = 0;
  const isNewer = (row: PolicyRow) => (rows.get(row.policyNumber)?.versionSeq ?? 0) < row.versionSeq;
  const put = (row: PolicyRow) => {
    rows.delete(row.policyNumber);
    rows.set(row.policyNumber, deepFreeze(row));
    if (rows.size > limit) rows.delete(rows.keys().next().value!);
  };
  return {
    get(policyNumber: string): PolicyRow | undefined {
      const row = rows.get(policyNumber);
      if (row) {
        rows.delete(policyNumber);
        rows.set(policyNumber, row);
      }
      return row;
    },
    /** Taken before a read from the database; `read` keeps the row only if nothing was forgotten since. */
    mark: () => epoch,
    /** A row read from the database, kept unless a newer version was written while it was being read. */
    read(row: PolicyRow, mark: number) {
      if (mark === epoch && isNewer(row)) put(row);
    },
    /** A row just written, kept as a read would give it back (unless a later write's row is here already). */
    wrote(row: PolicyRow) {
      if (isNewer(row)) put(asRead(row));
    },
    /** Forgets one policy, or every one. */
    forget(policyNumber?: string) {
      epoch++;
      if (policyNumber === undefined) rows.clear();
      else rows.delete(policyNumber);
    },
  };
}

/**
 * A written row as the embedded database reads it back: its JSON columns through JSON (nothing undefined inside) and
 * its times as PostgreSQL prints a timestamptz in UTC ("2026-12-03 17:29:40.37+00").
 */
function asRead(row: PolicyRow): PolicyRow {
  return {
    ...row,
    answers: throughJson(row.answers),
    progress: throughJson(row.progress),
    pricing: throughJson(row.pricing),
    createdAt: printedTime(row.createdAt),
    updatedAt: printedTime(row.updatedAt),
  };
}

const throughJson = <T>(value: T): T => (value === null ? value : JSON.parse(JSON.stringify(value)));

function printedTime(at: string): string {
  const [date, time] = new Date(at).toISOString().slice(0, -1).split("T");
  return `${date} ${time.replace(/\.?0+$/, "")}+00`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
