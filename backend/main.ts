import path from "node:path";
import { loadConfig } from "./config";
import { ConfigError } from "./production-checks";
import { openDatabase } from "./storage/db";
import { directoryStorage } from "./storage/files";
import { buildServer } from "./server";
import type { AppContext } from "./context";
import { seedDemo } from "./demo/seed";
import { startSender } from "./mail/sender";
import { startLifecycle } from "./domain/lifecycle";
import { startMaintenance } from "./maintenance";

const config = (() => {
  try {
    return loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
})();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, "pglite") });
const ctx: AppContext = { config, db: database.db, files: directoryStorage(path.join(config.DATA_DIR, "files")), now: () => new Date() };
const app = await buildServer(ctx);
if (config.SEED_DEMO && config.NODE_ENV !== "production") await seedDemo(ctx);

const stopSender = startSender(ctx, config.SMTP_URL);
const stopLifecycle = startLifecycle(ctx);
const stopMaintenance = startMaintenance(ctx);

const shutdown = async () => {
  stopSender();
  stopLifecycle();
  stopMaintenance();
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
