import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "../../..");

/** Builds the renderer bench page (page.tsx, ours and rjsf's) with esbuild into `out`: index.html and page.js. */
export async function buildRendererPage(out: string, { minify }: { minify: boolean }): Promise<void> {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [path.join(import.meta.dirname, "page.tsx")],
    bundle: true,
    minify,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    outfile: path.join(out, "page.js"),
    alias: { "@": root },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  writeFileSync(
    path.join(out, "index.html"),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>renderer bench</title><div id="root"></div><script type="module" src="page.js"></script></html>',
  );
}
