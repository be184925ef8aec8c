import path from "node:path";
import type { Database } from "../../storage/db";
import { postgresStorage } from "../../storage/files-postgres";
import { directoryStorage } from "./directory";
import type { FileStorage } from "./types";

export type FileStoreKind = "directory" | "postgres";

/**
 * The directory under DATA_DIR for one machine (`npm start` on PGlite); the database itself once it is a shared
 * PostgreSQL server, so every instance behind a load balancer serves every upload. FILE_STORE overrides either way.
 */
export function openFileStorage(opts: { kind?: FileStoreKind; database: Database; dataDir: string }): FileStorage {
  const kind = opts.kind ?? (opts.database.kind === "postgres" ? "postgres" : "directory");
  return kind === "postgres" ? postgresStorage(opts.database.db) : directoryStorage(path.join(opts.dataDir, "files"));
}
