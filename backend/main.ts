import path from "node:path";
import { loadConfig } from "./config";
import { openDatabase } from "./storage/db";
import { openFileStorage } from "./storage/file-store";
import { buildServer } from "./server";
import type { AppContext } from "./context";
import { seedDemo } from "./demo/seed";
import { startSender } from "./mail/sender";
import { startLifecycle } from "./domain/lifecycle";

const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, "pglite") });
const ctx: AppContext = { config, db: database.db, files: openFileStorage({ kind: config.FILE_STORE, database, dataDir: config.DATA_DIR }), now: () => new Date() };
const app = await buildServer(ctx);
if (config.SEED_DEMO && config.NODE_ENV !== "production") await seedDemo(ctx);

const stopSender = startSender(ctx, config.SMTP_URL);
const stopLifecycle = startLifecycle(ctx);

const shutdown = async () => {
  stopSender();
  stopLifecycle();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

await app.listen({ host: config.HOST, port: config.BACKEND_PORT });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : config.BACKEND_PORT;
console.log(`Policy API listening on http://${config.HOST}:${port} (${database.kind})`);
