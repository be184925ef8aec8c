// `npm run seed:policies -- 100000`: adds that many synthetic policies to the configured database (.data or DATABASE_URL).
import path from "node:path";
import { openDatabase } from "../backend/storage/db";
import { bulkSeed } from "../backend/demo/bulk-seed";

const count = Number(process.argv[2] ?? 100_000);
const database = await openDatabase({
  url: process.env.DATABASE_URL,
  dataDir: path.join(process.env.DATA_DIR ?? ".data", "pglite"),
});
const started = performance.now();
await bulkSeed(database.db, count);
console.log(`Seeded ${count} policies in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.kind}).`);
await database.close();
