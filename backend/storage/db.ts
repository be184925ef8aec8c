import path from "node:path";
import { fileURLToPath } from "node:url";
import { access, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema>;
export type Database = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export const MIGRATIONS_FOLDER = migrationsFolder;

/**
 * PostgreSQL when a URL is given, otherwise embedded PGlite under `dataDir` (or in memory for "memory://"), started
 * from `template` (a PGlite data directory dump, see backend/test/pglite-template.ts) when given. Migrations run here.
 */
export async function openDatabase(opts: {
  url?: string;
  poolSize?: number;
  dataDir?: string;
  template?: Blob;
}): Promise<Database> {
  if (opts.url) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    // A bounded wait for a connection: while the server is down, requests fail fast (503) instead of piling up.
    const pool = new Pool({ connectionString: opts.url, max: opts.poolSize, connectionTimeoutMillis: 5000 });
    // An idle connection dropped by the server (restart, failover) must not take the process down.
    pool.on("error", (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
    // A client checked out (mid-transaction) when the server goes away emits its own error; the query fails anyway.
    pool.on("connect", (c) => c.on("error", (e) => console.error(`PostgreSQL connection lost: ${e.message}`)));
    const db = drizzle(pool, { schema });
    // Instances starting together take turns: the first migrates, the others find nothing left to do.
    const lock = await pool.connect();
    try {
      await lock.query("SELECT pg_advisory_lock(72051201)");
      await migrate(db, { migrationsFolder });
    } finally {
      await lock.query("SELECT pg_advisory_unlock(72051201)").catch(() => {});
      lock.release();
    }
    return { db, kind: "postgres", close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dir = opts.dataDir ?? "memory://";
  const onDisk = !dir.startsWith("memory://");
  if (onDisk) await mkdir(dir, { recursive: true });
  // PostgreSQL's default 128 MB of shared buffers would sit in this process; the data directory is in the OS's
  // page cache anyway.
  const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"];
  const open = () => new PGlite(dir, { extensions: { pg_trgm }, startParams, loadDataDir: opts.template });
  // A new data directory's WebAssembly memory would outlive the instance that made it until a garbage collection
  // that may never come (a worker thread's would stay in its malloc arenas): another process makes it.
  if (onDisk && !opts.template && !(await exists(path.join(dir, "PG_VERSION"))))
    await createElsewhere(dir, startParams);
  const client = open();
  await migrate(drizzle(client, { schema }), { migrationsFolder });
  const { withPreparedStatements } = await import("./pglite-prepared");
  const db = drizzle(withPreparedStatements(client), { schema });
  // Both drivers expose the same query builder; the node-postgres type stands for either.
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

/**
 * Creates a PGlite data directory, migrated, in a process of its own: initdb's and the first migrations' WebAssembly
 * memory (hundreds of MB) is the system's again once that process exits. (CommonJS builds: `node -e` runs a script.)
 */
async function createElsewhere(dataDir: string, startParams: string[]): Promise<void> {
  const resolve = createRequire(import.meta.url).resolve;
  const modules = ["@electric-sql/pglite", "@electric-sql/pglite/contrib/pg_trgm", "drizzle-orm/pglite"];
  const script = `
    const [pglite, trgm, orm, migrator, dataDir, migrationsFolder, params] = process.argv.slice(1);
    const { PGlite } = require(pglite);
    const client = new PGlite(dataDir, { extensions: { pg_trgm: require(trgm).pg_trgm }, startParams: JSON.parse(params) });
    require(migrator).migrate(require(orm).drizzle(client), { migrationsFolder }).then(() => client.close());
  `;
  const args = [...modules.map((m) => resolve(m)), resolve("drizzle-orm/pglite/migrator")];
  const child = spawn(
    process.execPath,
    ["-e", script, ...args, dataDir, migrationsFolder, JSON.stringify(startParams)],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`Creating the PGlite database exited with ${code}`)),
    );
  });
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );
