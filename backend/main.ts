import path from "node:path";
import { loadConfig } from "./config";
import { ConfigError } from "./production-checks";
import { openDatabase } from "./storage/db";
import { openFileStorage } from "./adapters/file-store/open";
import { buildServer } from "./server";
import type { AppContext } from "./context";
import { seedDemo } from "./demo/seed";
import { startJobs } from "./jobs/start";
import { createContext } from "./create-context";
import { lifecycle } from "./http/health";
import { isDatabaseUnavailable } from "./http/database-unavailable";
import { afterReplySettled } from "./http/after-reply";
import { warmUpDocuments } from "./documents/warm-up";

const config = (() => {
  try {
    return loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
})();
const database = await openDatabase({
  url: config.DATABASE_URL,
  poolSize: config.DATABASE_POOL_SIZE,
  dataDir: path.join(config.DATA_DIR, "pglite"),
});
const files = openFileStorage({ kind: config.FILE_STORE, database, dataDir: config.DATA_DIR });
const ctx: AppContext = createContext({ config, db: database.db, dbKind: database.kind, files, now: () => new Date() });
const app = await buildServer(ctx);
if (config.SEED_DEMO && config.NODE_ENV !== "production") await seedDemo(ctx);

const jobs = await startJobs(ctx, database, config.DATABASE_URL);

let closing = false;
// In-flight requests and the work they left for after their answer finish, running jobs finish (or are handed
// back), then the pool closes.
const shutdown = async () => {
  if (closing) return;
  closing = true;
  lifecycle.draining = true;
  await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
  await app.close();
  await afterReplySettled();
  await jobs.stop();
  await database.close();
  process.exit(0);
};
// The job queue (pg-boss) can reject outside any caller when PostgreSQL goes away mid-run, e.g. while marking that
// run failed. The API must outlive its database: such a rejection is logged; any other still stops the process.
process.on("unhandledRejection", (reason) => {
  if (!isDatabaseUnavailable(reason)) throw reason;
  console.error(`The database went away under a background job: ${(reason as Error).message}`);
});
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

// A renderer that cannot draw is logged, not fatal: quotes and sales go on, and each document asked for says why.
await warmUpDocuments().catch((e: Error) => console.error(`Documents could not be warmed up: ${e.message}`));
await app.listen({ host: config.HOST, port: config.BACKEND_PORT });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : config.BACKEND_PORT;
console.log(`Policy API listening on http://${config.HOST}:${port} (${database.kind})`);
