import type { Config } from "./config";
import type { Db } from "./storage/db";
import type { FileStorage } from "./adapters/file-store/types";
import type { JobTrigger } from "./jobs/types";
import type { Stores } from "./domain/stores";
import type { PaymentGateway } from "./adapters/payment-gateway/types";
import type { DocumentRenderer } from "./adapters/documents/types";

/** Everything a handler needs, built once at start. `now` is injectable so expiry can be tested without waiting. */
export type AppContext = {
  config: Config;
  db: Db;
  /** Embedded PGlite is opened by this process alone; PostgreSQL may be shared by several API instances. */
  dbKind: "pglite" | "postgres";
  files: FileStorage;
  now: () => Date;
  /** Background work, once started (absent in tests that run jobs by hand). */
  jobs?: JobTrigger;
  /** Every query the domain makes goes through these (storage/stores.ts builds them). */
  stores: Stores;
  gateway: PaymentGateway;
  documents: DocumentRenderer;
  /** Runs `work` in one transaction: the context it gets has `db` and `stores` bound to it. */
  transaction<T>(work: (ctx: AppContext) => Promise<T>): Promise<T>;
};

/** What the wiring code provides; create-context.ts adds the stores, the outside systems and transactions. */
export type BaseContext = Omit<AppContext, "stores" | "gateway" | "documents" | "transaction">;

/** PostgreSQL prints timestamps as "2026-01-01 10:00:00+00"; the API speaks ISO 8601. */
export const iso = (ts: string | null | undefined): string | null => (ts ? new Date(ts).toISOString() : null);
