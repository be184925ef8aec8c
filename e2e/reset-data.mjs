// Empties the end-to-end backend's data directory, so every run starts from the demo data alone.
import { rmSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(process.argv[2] ?? ".test-data/e2e");
if (!dir.includes(`${path.sep}.test-data${path.sep}`))
  throw new Error(`Refusing to delete ${dir}: not under .test-data/`);
rmSync(dir, { recursive: true, force: true });
