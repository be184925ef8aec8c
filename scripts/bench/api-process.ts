// The Policy API as its own process, as in production (`node --import tsx backend/main.ts` with API_NODE_FLAGS), for
// the load sections: the load generator runs in the bench's process, so the API's figures and memory are its own.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { API_NODE_FLAGS } from "../api-node-flags.mjs";

export const BENCH_API_PORT = Number(process.env.BENCH_API_PORT ?? 4120);
const LOCAL_SOCKET_DIR = "/var/run/postgresql";
/**
 * PostgreSQL for the sections that measure it: BENCH_DATABASE_URL, else the local server the tests use, over its
 * socket when it has one, as an API on the database's host would connect (over 127.0.0.1 the API spent 8% more CPU a
 * submit and PostgreSQL 6% more).
 */
export const POSTGRES_SERVER =
  process.env.BENCH_DATABASE_URL ??
  (existsSync(`${LOCAL_SOCKET_DIR}/.s.PGSQL.5432`)
    ? `postgres://postgres@localhost/test?host=${LOCAL_SOCKET_DIR}`
    : "postgres://postgres@127.0.0.1:5432/test");
/** How the sections reach PostgreSQL, for their notes. */
export const POSTGRES_TRANSPORT = new URL(POSTGRES_SERVER).searchParams.get("host")?.startsWith("/")
  ? "over its Unix socket"
  : "over TCP";

export type ApiProcess = { url: string; pid: number; rssMb: () => Promise<number>; stop: () => Promise<void> };

/** Whether the PostgreSQL server answers: null when it does, else a sentence for the section's "skipped" line. */
export async function postgresMissing(): Promise<string | null> {
  const { Client } = await import("pg");
  const c = new Client({ connectionString: POSTGRES_SERVER, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return null;
  } catch (e) {
    return `PostgreSQL is not there (${POSTGRES_SERVER}: ${(e as Error).message}); set BENCH_DATABASE_URL.`;
  } finally {
    await c.end().catch(() => {});
  }
}

/** A database on the PostgreSQL server: a fresh one dropped by `drop`, or a kept one (`keep`) made when missing. */
export async function benchDatabase(name?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { Client } = await import("pg");
  const db = name ?? `bench_api_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: POSTGRES_SERVER });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [db])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${db}`);
  await admin.end();
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${db}`;
  const drop = async () => {
    const c = new Client({ connectionString: POSTGRES_SERVER });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.end();
  };
  return { url: url.href, drop: name ? async () => {} : drop };
}

/** Starts the API on BENCH_API_PORT over PostgreSQL (`databaseUrl`) or embedded PGlite in a fresh data directory. */
export async function startApiProcess(databaseUrl?: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "qp-bench-api-"));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    LOG_LEVEL: "warn",
    SEED_DEMO: "1",
    HOST: "127.0.0.1",
    BACKEND_PORT: String(BENCH_API_PORT),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    // One load generator is one address: the per-address limits would stop it long before the API does.
    QUOTE_RATE_LIMIT: "100000000",
    AUTH_RATE_LIMIT: "100000",
    ...env,
  };
  if (!databaseUrl) delete childEnv.DATABASE_URL;
  // BENCH_API_NODE_ARGS: Node flags for the API process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child: ChildProcess = spawn(
    process.execPath,
    [...API_NODE_FLAGS, ...nodeArgs, "--import", "tsx", "backend/main.ts"],
    {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Policy API listening")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    child.once("exit", (code) =>
      reject(new Error(`The API exited (${code}) before listening:\n${output.slice(-2000)}`)),
    );
  });
  await ready;
  const pid = child.pid!;
  return {
    url: `http://127.0.0.1:${childEnv.BACKEND_PORT}`,
    pid,
    async rssMb() {
      const status = await readFile(`/proc/${pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
