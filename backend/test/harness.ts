import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { loadConfig } from "../config";
import { openDatabase, type Database } from "../storage/db";
import { pgliteTemplate, templateKey } from "./pglite-template";
import { openFileStorage } from "../adapters/file-store/open";
import { createContext } from "../create-context";
import { buildServer } from "../server";
import { afterReplySettled } from "../http/after-reply";
import type { AppContext } from "../context";
import type { FastifyInstance } from "fastify";

export type Backend = {
  url: string;
  ctx: AppContext;
  app: FastifyInstance;
  databaseUrl?: string;
  clock: { shift(ms: number): void };
  close(): Promise<void>;
};

/**
 * A real backend on a random loopback port. Embedded PGlite in memory by default; with TEST_DATABASE_URL set,
 * a fresh database on that PostgreSQL server, dropped afterwards.
 */
export async function startBackend(
  env: Record<string, string> = {},
  opts: { databaseUrl?: string; logStream?: { write(line: string): void } } = {},
): Promise<Backend> {
  // A second instance over another's PostgreSQL database (as behind a load balancer); the first one drops it.
  if (opts.databaseUrl)
    return startInstance(await openDatabase({ url: opts.databaseUrl }), env, async () => {}, opts.databaseUrl);
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl)
    return startInstance(
      await openDatabase({ dataDir: "memory://", template: await pgliteTemplate() }),
      env,
      async () => {},
      undefined,
      opts.logStream,
    );
  const shared = await createTestDatabase(serverUrl, { migrated: true });
  return startInstance(await openDatabase({ url: shared.url }), env, shared.drop, shared.url, opts.logStream);
}

/** An instance over an existing database (several may share one); `after` runs once it has closed. */
export async function startInstance(
  database: Database,
  env: Record<string, string> = {},
  after = async () => {},
  databaseUrl?: string,
  logStream?: { write(line: string): void },
): Promise<Backend> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "qp-backend-"));
  let offset = 0;
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: dir,
    LINK_SECRET: "x".repeat(40),
    AUTH_RATE_LIMIT: "1000",
    QUOTE_RATE_LIMIT: "100000",
    ...env,
  });
  const files = openFileStorage({ kind: config.FILE_STORE, database, dataDir: dir });
  const ctx: AppContext = createContext({
    config,
    db: database.db,
    dbKind: database.kind,
    files,
    now: () => new Date(Date.now() + offset),
  });
  const app = await buildServer(ctx, { logStream });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    ctx,
    app,
    databaseUrl,
    clock: { shift: (ms) => void (offset += ms) },
    async close() {
      await app.close();
      await afterReplySettled();
      await database.close();
      await after();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database on the PostgreSQL server at `serverUrl`; `drop` removes it (connections or not). Empty, or with
 * `migrated` a copy of a template migrated once per set of migrations (openDatabase then finds nothing to do): tests
 * of migrating itself (several instances starting together) ask for an empty one.
 */
export async function createTestDatabase(
  serverUrl: string,
  opts: { migrated?: boolean } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const { Client } = await import("pg");
  const name = `qp_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const template = opts.migrated ? await migratedTemplate(admin, serverUrl) : null;
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(serverUrl, name);
  return {
    url,
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const databaseUrl = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
};

/** The migrated template's name, made under an advisory lock by the first worker to need it (built, then renamed). */
async function migratedTemplate(admin: import("pg").Client, serverUrl: string): Promise<string> {
  const template = `qp_template_${await templateKey()}`;
  const exists = async () =>
    (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template])).rowCount === 1;
  if (await exists()) return template;
  await admin.query("SELECT pg_advisory_lock(72051202)");
  try {
    if (await exists()) return template;
    const building = `${template}_${randomBytes(4).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${building}`);
    const database = await openDatabase({ url: databaseUrl(serverUrl, building) });
    await database.close();
    // A closed pool's server processes may linger a moment, and a database in use can be neither renamed nor copied.
    const inUse = `SELECT 1 FROM pg_stat_activity WHERE datname = $1`;
    for (let i = 0; i < 100 && (await admin.query(inUse, [building])).rowCount; i++)
      await new Promise((r) => setTimeout(r, 50));
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    return template;
  } finally {
    await admin.query("SELECT pg_advisory_unlock(72051202)");
  }
}

/** Several instances over one fresh PostgreSQL database, each with its own DATA_DIR (as on separate machines). */
export async function startCluster(serverUrl: string, count: number, env: Record<string, string> = {}) {
  const shared = await createTestDatabase(serverUrl);
  // All at once, as after a deploy: the migrations run once (openDatabase takes turns on an advisory lock).
  const start = async () => startInstance(await openDatabase({ url: shared.url }), env, async () => {}, shared.url);
  const instances = await Promise.all(Array.from({ length: count }, start));
  return {
    url: shared.url,
    instances,
    async close() {
      for (const instance of instances) await instance.close();
      await shared.drop();
    },
  };
}
