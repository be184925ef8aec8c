import { and, asc, eq, inArray, lt, notExists } from "drizzle-orm";
import type { PolicyStore } from "../domain/stores";
import type { Db } from "./db";
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

export function policyStore(db: Db): PolicyStore {
  // Prepared on first use: the SQL is built once per database handle, not per request.
  let view: ReturnType<typeof policyViewQuery> | undefined;
  let byNumber: ReturnType<typeof policyByNumber> | undefined;
  let creator: ReturnType<typeof policyCreator> | undefined;
  let updater: ReturnType<typeof policyUpdater> | undefined;
  const withViewParts = (n: string) => (view ??= policyViewQuery(db))(n);
  return {
    get: (n) => (byNumber ??= policyByNumber(db))(n),
    getAsOf: (n, when) => getPolicyAsOf(db, n, when),
    create: (data, meta) => (creator ??= policyCreator(db))(data, meta),
    update: (current, patch, meta) => (updater ??= policyUpdater(db))(current, patch, meta),
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
  };
}
