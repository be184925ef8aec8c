// `npm run bench renderer`: our form renderer against @rjsf/core on one 150-field form (every type, groups, show_if),
// in Chromium with the CPU slowed 4×: mount time and keystroke-to-paint p95, each over the same page without a form.
// Mount is the first paint of the form, usable; ours paints its first screenful first, so the time until every field
// is in the page is a figure of its own (the same as the mount for rjsf, which renders everything at once). Typing
// starts once the page has settled. Beside them, React alone creating ours' markup with no component and no hook, and
// typed into: the part of ours' time that is React's and the browser's, not the renderer's; and the browser alone,
// the same markup as HTML with no script at all. (Served over HTTP, as the app is, a keystroke in a form also costs
// Chrome's autofill, which reads every control of the form after each one: about 500 forced style and layout updates
// a keystroke for this form, with no script of ours.)
// The page is built with esbuild into .bench/renderer and served from there, so neither rjsf nor the page ships in
// the app.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { readFile } from "node:fs/promises";
import { chromium, type Browser } from "@playwright/test";
import type { BenchSection, Figure } from "./figures";
import { chromiumPath, CHROMIUM_ARGS } from "./browser";
import { buildRendererPage } from "./renderer/build-page";

const root = path.resolve(import.meta.dirname, "../..");
const out = path.join(root, ".bench", "renderer");
const LOADS = 7;
const KEYS = "The quick brown fox jumps over";

/** Serves the built bench page in `dir` over HTTP on loopback (as the app is: Chrome's autofill runs on it). */
export function serve(dir = out) {
  const server = createServer(async (req, res) => {
    const file = path.join(dir, path.basename(new URL(req.url ?? "/", "http://x").pathname) || "index.html");
    try {
      const body = await readFile(file);
      const type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "text/html";
      res.writeHead(200, { "content-type": type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() }),
    ),
  );
}

export const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

type Timings = { mountMs?: number; settledMs?: number; keystrokeMs: number[] };

export type Which = "ours" | "rjsf" | "none" | "react-dom" | "html";
type Load = { mount: number; settled: number; keys: number[] };

/** One load of the page as `which`, CPU 4× slower: its mount, its settling and 30 keystrokes into its first box. */
export async function loadOnce(browser: Browser, url: string, which: Which, dom: string): Promise<Load> {
  // A context of its own: a page of the same site in the same context shares the last one's renderer process, and
  // so its heap and its garbage.
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript((html) => ((window as unknown as { benchDom: string }).benchDom = html), dom);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${url}#${which}`);
    await page.waitForFunction(() => (window as unknown as { benchTimings: Timings }).benchTimings.settledMs);
    const read = () => page.evaluate(() => (window as unknown as { benchTimings: Timings }).benchTimings);
    const { mountMs, settledMs } = await read();
    // The first text question, as a person would type into it: on every load, so the p95 has LOADS × 30 keystrokes.
    await page.locator("input[type=text]").first().click();
    for (const key of KEYS) {
      const before = (await read()).keystrokeMs.length;
      await page.keyboard.press(key === " " ? "Space" : key);
      await page.waitForFunction(
        (n) => (window as unknown as { benchTimings: Timings }).benchTimings.keystrokeMs.length > n,
        before,
      );
    }
    return { mount: mountMs!, settled: settledMs!, keys: (await read()).keystrokeMs };
  } finally {
    await context.close();
  }
}

/** Ours' markup once every field is in: what #react-dom has React create without our logic. */
export async function oursDom(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}#ours`);
    await page.waitForFunction(() => (window as unknown as { benchTimings: Timings }).benchTimings.settledMs);
    return await page.evaluate(() => document.getElementById("root")!.innerHTML);
  } finally {
    await page.close();
  }
}

/**
 * LOADS loads of each page, taken in turn (ours, rjsf, the floor, React alone, the browser alone, then again), so a
 * machine that slows down or speeds up during the section touches every page alike: medians of the mounts, p95 of
 * the keystrokes.
 */
async function measure(url: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const dom = await oursDom(browser, url);
    const pages: Which[] = ["ours", "rjsf", "none", "react-dom", "html"];
    const loads = new Map<Which, Load[]>(pages.map((which) => [which, []]));
    for (let i = 0; i < LOADS; i++)
      for (const which of pages) loads.get(which)!.push(await loadOnce(browser, url, which, dom));
    const summary = (which: Which) => {
      const list = loads.get(which)!;
      const median = (of: (l: Load) => number) => quantile(list.map(of), 0.5);
      const keys = list.flatMap((l) => l.keys);
      return { mount: median((l) => l.mount), settled: median((l) => l.settled), keyP95: quantile(keys, 0.95) };
    };
    return {
      ours: summary("ours"),
      rjsf: summary("rjsf"),
      none: summary("none"),
      react: summary("react-dom"),
      html: summary("html"),
    };
  } finally {
    await browser.close();
  }
}

export const rendererSection: BenchSection = {
  name: "renderer",
  unavailable: async () =>
    chromiumPath() === undefined ? "no Chromium here (/usr/bin/chromium or Playwright's)." : null,
  run: async () => {
    await buildRendererPage(out, { minify: true });
    const server = await serve();
    try {
      // The floor (none): the same page with one bare text box and no form. What every page pays (React's root, the
      // browser's frame at 4× slower CPU) is not either renderer's, so each is measured over it, as page weight is.
      // React alone (react): creating ours' markup without its logic, the part of ours' time no renderer of that
      // markup can save.
      // The browser alone (html): the same markup parsed from HTML with no script, the browser's own work on it
      // (style, layout, and Chrome's autofill reading the new form's controls when that task comes before the paint).
      const { ours, rjsf, none, react, html } = await measure(server.url);
      const section = "Renderer against @rjsf/core (150 fields, CPU 4× slower)";
      const f = (name: string, value: number, budget: number, note: string): Figure => ({
        section,
        name,
        value,
        unit: "ms",
        budget,
        better: "lower",
        note,
      });
      const over = (x: number, floor: number) => Math.max(0, x - floor);
      const ms = (x: number) => `${x.toFixed(0)} ms`;
      return [
        f(
          `mount (first paint, usable) over the floor, ours (median of ${LOADS})`,
          over(ours.mount, none.mount),
          over(rjsf.mount, none.mount) / 5,
          `budget 1/5 of rjsf's; ours ${ms(ours.mount)}, rjsf ${ms(rjsf.mount)}, the floor ${ms(none.mount)}`,
        ),
        f(
          `every field mounted over the floor, ours (median of ${LOADS})`,
          over(ours.settled, none.settled),
          over(rjsf.settled, none.settled) / 5,
          `budget 1/5 of rjsf's; ours ${ms(ours.settled)}, rjsf ${ms(rjsf.settled)}, the floor ${ms(none.settled)}; ` +
            `React alone creating ours' markup ${ms(over(react.settled, none.settled))} over the floor, ` +
            `the browser alone parsing it (no script) ${ms(over(html.settled, none.settled))}`,
        ),
        f(
          "keystroke to paint p95 over the floor, ours",
          over(ours.keyP95, none.keyP95),
          over(rjsf.keyP95, none.keyP95) / 5,
          `budget 1/5 of rjsf's; ours ${ms(ours.keyP95)}, rjsf ${ms(rjsf.keyP95)}, the floor ${ms(none.keyP95)}; ` +
            `React alone in ours' markup ${ms(react.keyP95)}, the browser alone in it (no script) ${ms(html.keyP95)}`,
        ),
        f(
          "keystroke to paint p95, ours",
          ours.keyP95,
          50,
          `${LOADS * KEYS.length} keystrokes; at most 50 ms; React alone in ours' markup ${ms(react.keyP95)}`,
        ),
      ];
    } finally {
      server.close();
    }
  },
};
