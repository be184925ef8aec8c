// V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): a script that starts with this comment has
// every function compiled while it is streamed in, off the main thread. Next's framework chunks (the build manifest's
// rootMainFiles, on every page) run nearly all their module factories at load; without the hint V8 parses and compiles
// each one lazily on the main thread, inside the one long task that boots the app (half of it, measured in Chromium's
// trace). Page chunks are left lazy: much of them runs only on input.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Adds the hint to the framework chunks of the build in `distDir` (idempotent); returns the files it changed. */
export function addCompileHints(distDir) {
  const manifest = path.join(distDir, "build-manifest.json");
  if (!existsSync(manifest)) return [];
  const { rootMainFiles = [] } = JSON.parse(readFileSync(manifest, "utf8"));
  const changed = [];
  for (const file of rootMainFiles) {
    const full = path.join(distDir, file);
    if (!file.endsWith(".js") || !existsSync(full)) continue;
    const text = readFileSync(full, "utf8");
    if (text.startsWith(COMPILE_HINT)) continue;
    // Through a temporary file: another server of the same build may be reading it.
    const temporary = `${full}.${process.pid}.tmp`;
    writeFileSync(temporary, COMPILE_HINT + text);
    renameSync(temporary, full);
    changed.push(file);
  }
  return changed;
}
