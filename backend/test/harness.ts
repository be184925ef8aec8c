import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { loadConfig } from "../config";
import { openDatabase, type Database } from "../storage/db";
import { directoryStorage } from "../storage/files";
import { buildServer } from "../server";
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
  opts: { databaseUrl?: string } = {},
): Promise<Backend> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "qp-backend-"));
  // A second instance over another's PostgreSQL database (as behind a load balancer); the first one drops it.
  const { database, drop, url: databaseUrl } = opts.databaseUrl
    ? { database: await openDatabase({ url: opts.databaseUrl }), drop: async () => {}, url: opts.databaseUrl }
    : await openTestDatabase();
  let offset = 0;
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: dir, LINK_SECRET: "x".repeat(40), AUTH_RATE_LIMIT: "1000", QUOTE_RATE_LIMIT: "100000", ...env });
  const ctx: AppContext = { config, db: database.db, files: directoryStorage(path.join(dir, "files")), now: () => new Date(Date.now() + offset) };
  const app = await buildServer(ctx);
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
      await database.close();
      await drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void>; url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { database: await openDatabase({ dataDir: "memory://" }), drop: async () => {} };
  const { Client } = await import("pg");
  const name = `qp_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.href });
  return {
    database,
    url: url.href,
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
