import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type Import = { from: string; to: string; typeOnly: boolean };

const SOURCE = /\.(ts|tsx|mts)$/;
const SPECIFIER = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/g;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

/** Every .ts/.tsx file under `dir`, relative to `root`, with forward slashes. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      const full = path.join(abs, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE.test(name)) out.push(path.relative(root, full).split(path.sep).join("/"));
    }
  };
  walk(path.join(root, dir));
  return out;
}

/** The .ts files at the top of `root` (proxy.ts, instrumentation.ts, …). */
export const topLevelFiles = (root: string) => readdirSync(root).filter((name) => SOURCE.test(name));

/** A file's imports, each resolved to a repo path (relative and `@/` specifiers) or kept as a package name. */
export function importsOf(root: string, file: string): Import[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const found: Import[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    found.push({ from: file, to: resolve(file, m[3]), typeOnly: !!m[2] });
  }
  for (const m of text.matchAll(DYNAMIC)) found.push({ from: file, to: resolve(file, m[1]), typeOnly: false });
  return found;
}

function resolve(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (!specifier.startsWith(".")) return specifier;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}
