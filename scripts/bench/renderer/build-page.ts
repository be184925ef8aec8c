import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "../../..");

/**
 * Builds the renderer bench page (page.tsx, ours and rjsf's) with esbuild into `out`: index.html, page.js and
 * page.css. The page loads the app's field-frame rule (content-visibility for fields off screen) whichever renderer
 * it shows, so both run under the same stylesheet; `css: false` leaves it out, to see what it is worth.
 */
export async function buildRendererPage(
  out: string,
  { minify, css = true }: { minify: boolean; css?: boolean },
): Promise<void> {
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
  copyFileSync(path.join(root, "components/ui/field-frame.css"), path.join(out, "page.css"));
  const stylesheet = css ? '<link rel="stylesheet" href="page.css">' : "";
  writeFileSync(
    path.join(out, "index.html"),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>renderer bench</title>${stylesheet}<div id="root"></div><script type="module" src="page.js"></script></html>`,
  );
}
