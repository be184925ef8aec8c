// Profiling aid for the step-latency section (not a bench section): where the first Continue's time goes, read in the
// page from the Resource Timing of its two requests. Each Continue splits into the browser's work before the submit
// is sent, the submit (the web app, then the API, and back), the browser's work between its answer and the next
// step's request, that request until its first byte and on to its last (the step's server render, streamed), and the
// browser's work from there until the step is usable (the step-latency section's test: its heading focused and its
// inputs enabled; below zero when the step was usable before the stream's end).
// Run: npx tsx scripts/bench/step-breakdown.ts [quotes]   (medians and p95 over the quotes, after one untimed)
import { chromium } from "playwright-core";
import { chromiumPath, CHROMIUM_ARGS } from "./browser";
import { FIRST, fillFirstStep, NEXT, STEP_USABLE } from "./step-latency";
import { startWebStack } from "./web-stack";

const QUOTES = Number(process.argv[2] ?? 20);
const PHASES = [
  "before the submit",
  "the submit",
  "between",
  "the step's first byte",
  "the rest of the step",
  "after it",
] as const;

// In the page as plain JavaScript (see step-latency.ts): clicks Continue and, once the next step is usable, reads the
// submit's and the step's request timings, relative to the click.
const CONTINUE_AND_SPLIT = `() => new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll("main button")].find((b) => b.textContent.trim() === "Continue");
  if (!button) return reject(new Error("no Continue button"));
  performance.clearResourceTimings();
  const start = performance.now();
  const check = () => {
    const ready = (${STEP_USABLE})(${JSON.stringify(NEXT.heading)});
    if (!ready) {
      if (performance.now() - start > 20000) return reject(new Error("the next step never became usable"));
      return requestAnimationFrame(check);
    }
    const usable = performance.now() - start;
    // The step's entry comes when its streamed answer ends, which can be after the step is usable.
    const read = (tries) => {
      const entries = performance.getEntriesByType("resource");
      const submit = entries.find((e) => e.name.includes("/api/v3/policy/submit/"));
      const step = entries.find((e) => new URL(e.name).pathname.startsWith("/quote/"));
      if (!submit || !step) {
        if (tries > 0) return setTimeout(() => read(tries - 1), 50);
        return reject(new Error("the submit or the step's request is missing"));
      }
      const at = (t) => t - start;
      resolve([
        at(submit.startTime),
        at(submit.responseEnd),
        at(step.startTime),
        at(step.responseStart),
        at(step.responseEnd),
        usable,
      ]);
    };
    read(40);
  };
  button.click();
  requestAnimationFrame(check);
})`;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const stack = await startWebStack();
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ baseURL: stack.web, locale: "en-GB", timezoneId: "Europe/London" });
  const heading = page.getByRole("heading", { level: 1 });
  const split: number[][] = PHASES.map(() => []);
  const totals: number[] = [];
  for (let q = -1; q < QUOTES; q++) {
    await page.goto("/products/bicycle/apply");
    await heading.filter({ hasText: FIRST.heading }).waitFor();
    await fillFirstStep(page);
    const [sent, answered, asked, firstByte, lastByte, usable] = await page.evaluate<number[]>(
      `(${CONTINUE_AND_SPLIT})()`,
    );
    if (q < 0) continue; // each route's first render in the server is cold
    [sent, answered - sent, asked - answered, firstByte - asked, lastByte - firstByte, usable - lastByte].forEach(
      (ms, i) => split[i].push(ms),
    );
    totals.push(usable);
  }
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `The first Continue, ${QUOTES} quotes: median ${ms(quantile(totals, 0.5))}, p95 ${ms(quantile(totals, 0.95))}`,
  );
  PHASES.forEach((name, i) =>
    console.log(
      `  ${name.padEnd(24)} median ${ms(quantile(split[i], 0.5)).padStart(6)}, p95 ${ms(quantile(split[i], 0.95))}`,
    ),
  );
} finally {
  await browser.close();
  await stack.stop();
}
