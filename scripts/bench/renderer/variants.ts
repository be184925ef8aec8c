// Dev aid (not part of the bench): React alone creating ours' markup as it is and changed, loads taken in turn, CPU 4×
// slower, over HTTP as the bench serves it: the median time to the last paint and the keystroke p95, each beside the
// floor's. What it showed (README, seventeenth run): a keystroke's cost over the floor follows the number of controls
// in the form typed into (Chrome's autofill reads that form after each one), not the page's.
// `npx tsx scripts/bench/renderer/variants.ts [loads]`
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "../browser";
import { loadOnce, oursDom, quantile, serve, type Which } from "../renderer";
import { buildRendererPage } from "./build-page";

const out = path.resolve(import.meta.dirname, "../../..", ".bench", "renderer-variants");
const loads = Number(process.argv[2] ?? 7);

/** Ours' markup with the one form taken away: each top-level field in a form of its own, or in none. */
function reshape(page: Page, html: string, each: "form" | "none"): Promise<string> {
  return page.evaluate(
    ({ html, each }) => {
      const root = document.createElement("div");
      root.innerHTML = html;
      const form = root.querySelector("form")!;
      const box = document.createElement("div");
      box.className = form.className;
      box.append(...form.childNodes);
      form.replaceWith(box);
      if (each === "form")
        for (const field of [...box.firstElementChild!.children]) {
          const own = document.createElement("form");
          field.replaceWith(own);
          own.append(field);
        }
      return root.innerHTML;
    },
    { html, each },
  );
}

await buildRendererPage(out, { minify: true });
const server = await serve(out);
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS });
try {
  const ours = await oursDom(browser, server.url);
  const scratch = await browser.newPage();
  const variants: [string, Which, string][] = [
    ["the floor (one bare box)", "none", ""],
    ["ours' markup, one form", "react-dom", ours],
    ["the same as HTML, no React", "html", ours],
    ["a form for each field", "react-dom", await reshape(scratch, ours, "form")],
    ["no form", "react-dom", await reshape(scratch, ours, "none")],
  ];
  await scratch.close();
  const results = variants.map(() => ({ settled: [] as number[], keys: [] as number[] }));
  for (let i = 0; i < loads; i++)
    for (const [n, [, which, dom]] of variants.entries()) {
      const load = await loadOnce(browser, server.url, which, dom);
      results[n].settled.push(load.settled);
      results[n].keys.push(...load.keys);
    }
  for (const [n, [name]] of variants.entries()) {
    const { settled, keys } = results[n];
    const median = quantile(settled, 0.5).toFixed(0);
    console.log(
      `${name.padEnd(26)} last paint ${median} ms (median), keystroke p95 ${quantile(keys, 0.95).toFixed(1)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
