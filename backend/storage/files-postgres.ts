import { eq } from "drizzle-orm";
import type { Db } from "./db";
import type { FileStorage } from "../adapters/file-store/types";
import { files } from "./schema";

/** Files as bytea rows in the application's own database: every instance over it sees every file. */
export function postgresStorage(db: Db): FileStorage {
  return {
    async put(key, bytes) {
      const row = { key, bytes, size: bytes.length, createdAt: new Date().toISOString() };
      await db
        .insert(files)
        .values(row)
        .onConflictDoUpdate({ target: files.key, set: { bytes, size: row.size } });
    },
    async get(key) {
      const [row] = await db.select({ bytes: files.bytes }).from(files).where(eq(files.key, key)).limit(1);
      return row?.bytes ?? null;
    },
    async remove(key) {
      await db.delete(files).where(eq(files.key, key));
    },
  };
}
