// Issue 13, item 4: Continue → the next step interactive, in Chromium, against the embedded API on loopback.
import { existsSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import { bikeAnswers } from "../../e2e/answers";
import { fillAnswer } from "../../e2e/date-boxes";
import type { BenchSection } from "./figures";
import { startWebStack, webBuildMissing } from "./web-stack";

// 30 first Continues, so that their p95 is not simply the slowest (of 8 it was), and 3 more of each quote's first step:
// a quarter of all samples are first Continues, near the third they are of a three-step journey's.
const QUOTES = Number(process.env.BENCH_STEP_QUOTES ?? 30);
const REPEATS = Number(process.env.BENCH_STEP_REPEATS ?? 3);
export const FIRST = { heading: "Your bicycle" };
export const NEXT = { heading: "Your cover", formId: "quote" };

function chromiumPath(): string | undefined | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p)) ?? null;
}

// In the page as plain JavaScript: tsx would add helpers to a compiled function that the page doesn't have.
/** Whether the step headed `wanted` is usable: its heading has focus and its inputs are enabled. */
export const STEP_USABLE = `(wanted) => {
  const h1 = document.querySelector("main h1");
  const inputs = [...document.querySelectorAll("main form input")];
  return h1 && h1.textContent.trim() === wanted && document.activeElement === h1 && inputs.length > 0 &&
    inputs.every((i) => !i.disabled && !i.closest("fieldset:disabled"));
}`;

const CONTINUE_AND_WAIT = `(wanted) => new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll("main button")].find((b) => b.textContent.trim() === "Continue");
  if (!button) return reject(new Error("no Continue button"));
  const ready = () => (${STEP_USABLE})(wanted);
  const start = performance.now();
  const check = () => {
    if (ready()) return resolve(performance.now() - start);
    if (performance.now() - start > 20000) return reject(new Error(wanted + " never became usable"));
    requestAnimationFrame(check);
  };
  button.click();
  requestAnimationFrame(check);
})`;

/**
 * Clicks Continue and times, inside the page, until the next step is usable: its heading is the page's main
 * heading and has focus (components/journey/focus-heading.tsx), and its inputs are enabled.
 */
const timeContinue = (page: Page, heading: string) =>
  page.evaluate<number>(`(${CONTINUE_AND_WAIT})(${JSON.stringify(heading)})`);

/** Answers the bicycle's first step as a person would. */
export async function fillFirstStep(page: Page) {
  for (const a of bikeAnswers()) {
    if ("fill" in a) await fillAnswer(page, a.fill, a.with);
    else if ("choose" in a)
      await page.getByRole("radiogroup", { name: a.choose }).getByLabel(a.option, { exact: true }).check();
  }
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

export const stepLatency: BenchSection = {
  name: "step-latency",
  async unavailable() {
    const build = await webBuildMissing();
    if (build) return build;
    return chromiumPath() === null ? "no Chromium: set CHROMIUM_PATH or install the chromium package" : null;
  },
  async run() {
    const stack = await startWebStack();
    const browser = await chromium.launch({
      executablePath: chromiumPath() ?? undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync"],
    });
    const first: number[] = [];
    const again: number[] = [];
    try {
      const page = await browser.newPage({ baseURL: stack.web, locale: "en-GB", timezoneId: "Europe/London" });
      const heading = page.getByRole("heading", { level: 1 });
      // One quote first, untimed: a server's first render of each route runs its code cold (loading, compiling);
      // that happens once per process, not once per customer.
      for (let q = -1; q < QUOTES; q++) {
        await page.goto("/products/bicycle/apply");
        await heading.filter({ hasText: FIRST.heading }).waitFor();
        await fillFirstStep(page);
        // The first Continue makes the quote; the others go back to the first step (its saved answers) and on.
        const made = await timeContinue(page, NEXT.heading);
        if (q < 0) continue;
        first.push(made);
        for (let r = 0; r < REPEATS; r++) {
          await page.getByRole("link", { name: "Back" }).click();
          await heading.filter({ hasText: FIRST.heading }).waitFor();
          await page.getByRole("button", { name: "Continue" }).waitFor();
          again.push(await timeContinue(page, NEXT.heading));
        }
      }
    } finally {
      await browser.close();
      await stack.stop();
    }
    const all = [...first, ...again];
    const section = "Step latency";
    const note = (xs: number[]) => `${xs.length} samples, p50 ${quantile(xs, 0.5).toFixed(0)} ms`;
    return [
      {
        section,
        name: "Continue → next step usable, p95",
        value: quantile(all, 0.95),
        unit: "ms",
        budget: 150,
        better: "lower",
        note: note(all),
      },
      {
        section,
        name: "  the first Continue (makes the quote), p95",
        value: quantile(first, 0.95),
        unit: "ms",
        budget: 150,
        better: "lower",
        note: note(first),
      },
      {
        section,
        name: "  a Continue on a saved quote, p95",
        value: quantile(again, 0.95),
        unit: "ms",
        budget: 150,
        better: "lower",
        note: note(again),
      },
    ];
  },
};
