import { and, eq, lt } from "drizzle-orm";
import type { PolicyStore } from "../domain/stores";
import type { Db } from "./db";
import { createPolicy, getPolicy, getPolicyAsOf, listVersions, updatePolicy } from "./policies";
import { listPolicyPage } from "./policy-list-query";
import { policies } from "./schema";
import { STATUS } from "../../contract/lifecycle";

export function policyStore(db: Db): PolicyStore {
  return {
    get: (n) => getPolicy(db, n),
    getAsOf: (n, when) => getPolicyAsOf(db, n, when),
    create: (data, meta) => createPolicy(db, data, meta),
    update: (current, patch, meta) => updatePolicy(db, current, patch, meta),
    versions: (n, upTo) => listVersions(db, n, upTo),
    activeEndedBefore: (date, limit) =>
      db
        .select()
        .from(policies)
        .where(and(eq(policies.status, STATUS.active), lt(policies.endDate, date)))
        .limit(limit),
    list: (query) => listPolicyPage(db, query),
  };
}
