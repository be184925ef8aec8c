import { and, asc, eq, inArray, lt, notExists } from "drizzle-orm";
import type { PolicyStore } from "../domain/stores";
import type { Db } from "./db";
import type { PolicyCache } from "./policy-cache";
import { getPolicyAsOf, policyByNumber, policyCreator, listVersions, policyUpdater } from "./policies";
import { listPolicyPage } from "./policy-list-query";
import { NO_VIEW_PARTS, policyViewQuery } from "./policy-view-parts";
import {
  attachments,
  otpCodes,
  outbox,
  payments,
  policies,
  policyEndorsements,
  policyVersions,
  quoteTokenActivity,
} from "./schema";
import { STATUS } from "../../contract/lifecycle";

/**
 * The policies over `db`. `cache` (embedded database only, never inside a transaction) keeps rows read and written,
 * and is the stored row. `kept` (PostgreSQL, outside transactions) keeps the rows this instance wrote, for getToChange
 * alone: another instance may have changed the policy since, which the next write over it finds out.
 */
export function policyStore(db: Db, cache: PolicyCache | null = null, kept: PolicyCache | null = null): PolicyStore {
  // Prepared on first use: the SQL is built once per database handle, not per request.
  let view: ReturnType<typeof policyViewQuery> | undefined;
  let byNumber: ReturnType<typeof policyByNumber> | undefined;
  let creator: ReturnType<typeof policyCreator> | undefined;
  let updater: ReturnType<typeof policyUpdater> | undefined;
  const withViewParts = (n: string) => (view ??= policyViewQuery(db))(n);
  /** Where a row this instance wrote goes (there is at most one of the two). */
  const keeps = cache ?? kept;
  const get = async (n: string) => {
    const cached = cache?.get(n);
    if (cached) return cached;
    const mark = cache?.mark() ?? 0;
    const row = await (byNumber ??= policyByNumber(db))(n);
    if (row) cache?.read(row, mark);
    return row;
  };
  return {
    get,
    async getToChange(n) {
      const row = kept?.get(n);
      if (row) return { row, current: false };
      const read = await get(n);
      return read ? { row: read, current: true } : null;
    },
    getAsOf: (n, when) => getPolicyAsOf(db, n, when),
    async create(data, meta) {
      const row = await (creator ??= policyCreator(db))(data, meta);
      keeps?.wrote(row);
      return row;
    },
    async update(current, patch, meta) {
      try {
        const row = await (updater ??= policyUpdater(db))(current, patch, meta);
        keeps?.wrote(row);
        return row;
      } catch (e) {
        kept?.forget(current.policyNumber);
        throw e;
      }
    },
    versions: (n, upTo) => listVersions(db, n, upTo),
    viewParts: async (n) => (await withViewParts(n))?.parts ?? NO_VIEW_PARTS,
    withViewParts,
    activeEndedBefore: (date, limit) =>
      db
        .select()
        .from(policies)
        .where(and(inArray(policies.status, [STATUS.active, STATUS.suspended]), lt(policies.endDate, date)))
        .limit(limit),
    renewalsOf: (n) =>
      db.select().from(policies).where(eq(policies.renewedFromPolicyNumber, n)).orderBy(asc(policies.createdAt)),
    list: (query) => listPolicyPage(db, query),
    async addEndorsement(row) {
      await db.insert(policyEndorsements).values(row);
    },
    async staleDrafts(statuses, updatedBefore, limit) {
      const paid = db.select().from(payments).where(eq(payments.policyNumber, policies.policyNumber));
      const rows = await db
        .select({ n: policies.policyNumber })
        .from(policies)
        .where(and(inArray(policies.status, statuses), lt(policies.updatedAt, updatedBefore), notExists(paid)))
        .limit(limit);
      return rows.map((r) => r.n);
    },
    removeDraft: (n) =>
      withForget(keeps, n, () =>
        db.transaction(async (tx) => {
          const files = await tx
            .delete(attachments)
            .where(eq(attachments.policyNumber, n))
            .returning({ key: attachments.storageKey });
          await tx.delete(policyVersions).where(eq(policyVersions.policyNumber, n));
          // What else names the person: the emails about the quote, its codes, its token's last use.
          await tx.delete(outbox).where(eq(outbox.policyNumber, n));
          await tx.delete(otpCodes).where(eq(otpCodes.policyNumber, n));
          const [row] = await tx
            .delete(policies)
            .where(eq(policies.policyNumber, n))
            .returning({ hash: policies.quoteTokenHash });
          if (row?.hash) await tx.delete(quoteTokenActivity).where(eq(quoteTokenActivity.tokenHash, row.hash));
          return files.map((f) => f.key);
        }),
      ),
  };
}

/** Runs a change made out of the cache's sight, then forgets the policy, whether or not the change went through. */
async function withForget<T>(cache: PolicyCache | null, policyNumber: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    cache?.forget(policyNumber);
  }
}
