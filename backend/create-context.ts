import type { AppContext, BaseContext } from "./context";
import type { Db } from "./storage/db";
import { openStores } from "./storage/stores";
import { paymentGatewayFor } from "./adapters/payment-gateway/select";
import { pdfRenderer } from "./adapters/documents/pdf-renderer";
import { cachedRenderer } from "./adapters/documents/cached-renderer";

/** The context handlers get: the base plus the stores over its database, the outside systems and transactions. */
export function createContext(base: BaseContext): AppContext {
  const documents = cachedRenderer(pdfRenderer({ dataDir: base.config.DATA_DIR, files: base.files }));
  return bind({ ...base, gateway: paymentGatewayFor(base.config), documents } as AppContext, base.db);
}

function bind(ctx: AppContext, db: Db): AppContext {
  const bound: AppContext = {
    ...ctx,
    db,
    stores: openStores(db),
    // Inside a transaction this nests as a savepoint.
    transaction: (work) => db.transaction((tx) => work(bind(bound, tx as unknown as Db))),
  };
  return bound;
}
