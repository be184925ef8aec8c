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
  // Only this process writes to the embedded database, so it may keep the policies it last read and wrote. On
  // PostgreSQL other instances write too: the rows it wrote serve only changes, whose writes check the version.
  const caches: Caches =
    base.dbKind === "pglite" ? { cache: policyCache(), kept: null } : { cache: null, kept: policyCache(1000) };
  return bind({ ...base, gateway: paymentGatewayFor(base.config), documents } as AppContext, base.db, caches);
}

type Caches = { cache: PolicyCache | null; kept: PolicyCache | null };

/** The caches serve the context outside transactions; one inside reads its own writes, and its end forgets them all. */
function bind(ctx: AppContext, db: Db, caches: Caches, inTransaction = false): AppContext {
  const bound: AppContext = {
    ...ctx,
    db,
    stores: inTransaction ? openStores(db) : openStores(db, caches.cache, caches.kept),
    // Inside a transaction this nests as a savepoint.
    transaction: async (work) => {
      try {
        return await db.transaction((tx) => work(bind(bound, tx as unknown as Db, caches, true)));
      } finally {
        caches.cache?.forget();
        caches.kept?.forget();
      }
    },
  };
  return bound;
}
