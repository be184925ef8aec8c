import type { AppContext, BaseContext } from "./context";
import type { Db } from "./storage/db";
import { openStores } from "./storage/stores";
import { policyCache, type PolicyCache } from "./storage/policy-cache";
import { paymentGatewayFor } from "./adapters/payment-gateway/select";
import { pdfRenderer } from "./adapters/documents/pdf-renderer";
import { cachedRenderer } from "./adapters/documents/cached-renderer";

/** The context handlers get: the base plus the stores over its database, the outside systems and transactions. */
export function createContext(base: BaseContext): AppContext {
  const documents = cachedRenderer(pdfRenderer({ dataDir: base.config.DATA_DIR, files: base.files }));
  // Only this process writes to the embedded database, so it may keep the policies it last read and wrote.
  const cache = base.dbKind === "pglite" ? policyCache() : null;
  return bind({ ...base, gateway: paymentGatewayFor(base.config), documents } as AppContext, base.db, cache);
}

/** `cache` serves the context outside transactions; one inside reads its own writes, and its end forgets them all. */
function bind(ctx: AppContext, db: Db, cache: PolicyCache | null, inTransaction = false): AppContext {
  const bound: AppContext = {
    ...ctx,
    db,
    stores: openStores(db, inTransaction ? null : cache),
    // Inside a transaction this nests as a savepoint.
    transaction: async (work) => {
      try {
        return await db.transaction((tx) => work(bind(bound, tx as unknown as Db, cache, true)));
      } finally {
        cache?.forget();
      }
    },
  };
  return bound;
}
